package org.accordo.app.disputes;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * A customer's dispute of a clock, an outage or a credit line, and its decision.
 *
 * @param ticketId the ticket of a disputed clock, else null
 * @param metric the metric of a disputed clock, else null
 * @param outageId the disputed outage, else null
 * @param creditLineId the disputed credit line, else null
 * @param text what the customer contests and why
 * @param openedBy the id of the customer's token (or user) that opened it
 * @param decidedBy the id of the admin that decided it, or null while open
 * @param decisionNote the admin's reason (required for a rejection), or null
 * @param correction the correcting action an acceptance took, in words, or null
 */
public record Dispute(
    String id,
    String customerId,
    DisputeSubject subject,
    String ticketId,
    Metric metric,
    String outageId,
    String creditLineId,
    String text,
    DisputeState state,
    String openedBy,
    Instant openedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    String correction) {

  public Dispute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    boolean named =
        switch (subject) {
          case CLOCK -> ticketId != null && metric != null;
          case OUTAGE -> outageId != null;
          case CREDIT_LINE -> creditLineId != null;
        };
    if (!named) {
      throw new IllegalArgumentException("a dispute of a " + subject + " names it");
    }
    if ((state == DisputeState.OPEN) != (decidedAt == null)) {
      throw new IllegalArgumentException("a dispute is decided exactly when it is not open");
    }
  }

  /** This dispute decided by {@code admin} at {@code at}. */
  Dispute decided(DisputeState outcome, String admin, Instant at, String note, String action) {
    return new Dispute(
        id,
        customerId,
        subject,
        ticketId,
        metric,
        outageId,
        creditLineId,
        text,
        outcome,
        openedBy,
        openedAt,
        admin,
        at,
        note,
        action);
  }

  /** What is disputed, in words: "clock resolution of ticket T", "outage O", "credit line L". */
  public String what() {
    return switch (subject) {
      case CLOCK -> "the " + metric.id() + " clock of ticket " + ticketId;
      case OUTAGE -> "outage " + outageId;
      case CREDIT_LINE -> "credit line " + creditLineId;
    };
  }
}
