package org.accordo.app.justifications;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * A request to excuse one clock of a ticket, and its decision.
 *
 * @param cycle the clock's cycle of {@code metric}
 * @param excludedFrom start of the interval to take out of the SLA, inclusive
 * @param excludedTo its end, exclusive, after {@code excludedFrom}
 * @param askedBy the id of the token that asked
 * @param decidedBy the id of the admin token that decided, or null while requested
 * @param decidedAt when it was decided, or null while requested
 * @param decisionNote the admin's note (required for a rejection), or null
 * @param eventId the id of the {@code excluded} event an approval appended, or null
 */
public record Justification(
    String id,
    String customerId,
    String ticketId,
    Metric metric,
    int cycle,
    ReasonCode reason,
    String evidence,
    Instant excludedFrom,
    Instant excludedTo,
    JustificationState state,
    String askedBy,
    Instant askedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    String eventId) {

  public Justification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(excludedFrom, "excludedFrom");
    Objects.requireNonNull(excludedTo, "excludedTo");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(askedBy, "askedBy");
    Objects.requireNonNull(askedAt, "askedAt");
    if (!excludedTo.isAfter(excludedFrom)) {
      throw new IllegalArgumentException(
          "an excluded interval ends after it starts, was " + excludedFrom + " to " + excludedTo);
    }
  }

  /** This request decided by {@code admin} at {@code at}. */
  Justification decided(
      JustificationState outcome, String admin, Instant at, String note, String event) {
    return new Justification(
        id,
        customerId,
        ticketId,
        metric,
        cycle,
        reason,
        evidence,
        excludedFrom,
        excludedTo,
        outcome,
        askedBy,
        askedAt,
        admin,
        at,
        note,
        event);
  }
}
