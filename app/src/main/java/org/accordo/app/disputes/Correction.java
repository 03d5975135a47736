package org.accordo.app.disputes;

import java.time.Instant;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.policy.Metric;

/**
 * The correcting action an admin takes in accepting a dispute: an interval of a ticket's clock
 * excluded from the SLA (an {@code excluded} event), or an outage reclassified. A disputed clock is
 * corrected by an exclusion, a disputed outage by a reclassification; a disputed credit line by
 * either, on the clock or the outage that made it. Fields a dispute names already (its ticket and
 * metric, its outage) may be left out.
 *
 * @param ticketId the ticket whose clock is excluded, or null
 * @param metric the metric excluded, or null
 * @param from the interval's start, or null
 * @param to its end, after {@code from}, or null
 * @param outageId the outage reclassified, or null
 * @param cause its new cause, or null
 */
public record Correction(
    String ticketId, Metric metric, Instant from, Instant to, String outageId, OutageCause cause) {

  /** No correction named (a rejection, or an acceptance relying on the dispute's own subject). */
  public static final Correction NONE = new Correction(null, null, null, null, null, null);

  /** An exclusion, the dispute's own ticket and metric filling what is left out. */
  Exclusion exclusion(Dispute dispute) {
    String ticket = ticketId != null ? ticketId : dispute.ticketId();
    Metric excluded = metric != null ? metric : dispute.metric();
    if (ticket == null) {
      throw new InvalidField("correction.ticket_id", "is required to exclude a clock");
    }
    if (excluded == null) {
      throw new InvalidField("correction.metric", "is required to exclude a clock");
    }
    if (from == null) {
      throw new InvalidField("correction.from", "is required to exclude a clock's interval");
    }
    if (to == null) {
      throw new InvalidField("correction.to", "is required to exclude a clock's interval");
    }
    if (!to.isAfter(from)) {
      throw new InvalidField("correction.to", "must be after from (" + from + ")");
    }
    return new Exclusion(ticket, excluded, from, to);
  }

  /** A reclassification, the dispute's own outage filling what is left out. */
  Reclassification reclassification(Dispute dispute) {
    String outage = outageId != null ? outageId : dispute.outageId();
    if (outage == null) {
      throw new InvalidField("correction.outage_id", "is required to reclassify an outage");
    }
    if (cause == null) {
      throw new InvalidField("correction.cause", "is required to reclassify an outage");
    }
    return new Reclassification(outage, cause);
  }

  /** Whether it names an outage's reclassification rather than a clock's exclusion. */
  boolean reclassifies() {
    return outageId != null || cause != null;
  }

  /** An interval of a ticket's clock to take out of the SLA. */
  record Exclusion(String ticketId, Metric metric, Instant from, Instant to) {}

  /** An outage's new cause. */
  record Reclassification(String outageId, OutageCause cause) {}
}
