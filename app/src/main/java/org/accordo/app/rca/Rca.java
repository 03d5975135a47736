package org.accordo.app.rca;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A root cause analysis: the obligation (when it opened, by what, when it is due) and the record.
 *
 * @param priority the priority of the ticket that opened it
 * @param calendar the contract calendar its due instant and thresholds are counted on
 * @param deliveredAt when it was delivered (its clock stopped), or null
 * @param answeredAt when the customer accepted or disputed it, or null
 * @param summary the summary, or null while unwritten
 * @param rootCause the root cause, or null while unwritten
 * @param answer the customer's reason for a dispute (or note on acceptance), or null
 * @param tickets the ids of the tickets it covers, at least one, in the order they were added
 */
public record Rca(
    String id,
    String customerId,
    RcaState state,
    RcaTrigger openedBy,
    String priority,
    String calendar,
    Instant openedAt,
    Instant dueAt,
    Instant deliveredAt,
    Instant answeredAt,
    String summary,
    String rootCause,
    RcaBody body,
    String answer,
    List<String> tickets) {

  public Rca {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(body, "body");
    tickets = List.copyOf(tickets);
  }

  /**
   * When it breached: its due instant, if passed before delivery (or, undelivered, before {@code
   * now}); else null.
   */
  public Instant breachedAt(Instant now) {
    Instant stopped = deliveredAt == null ? now : deliveredAt;
    return stopped.isAfter(dueAt) ? dueAt : null;
  }
}
