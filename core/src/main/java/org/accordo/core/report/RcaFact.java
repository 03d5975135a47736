package org.accordo.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.credit.RcaBreach;

/**
 * A root cause analysis obligation as a period's close reads it (issue 17): when it opened, when it
 * was due and when, if ever, it was delivered (which stops its clock).
 *
 * @param rca its id
 * @param tickets the ids of the tickets it covers, at least one
 * @param priority the priority of the ticket that opened it
 * @param openedAt when the obligation opened
 * @param dueAt when the analysis was due
 * @param deliveredAt when it was delivered, empty while it is not
 * @throws IllegalArgumentException if it covers no ticket or is due before it opened
 */
public record RcaFact(
    String rca,
    List<String> tickets,
    String priority,
    Instant openedAt,
    Instant dueAt,
    Optional<Instant> deliveredAt) {

  public RcaFact {
    Objects.requireNonNull(rca, "rca");
    tickets = List.copyOf(tickets);
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    if (tickets.isEmpty()) {
      throw new IllegalArgumentException("an RCA covers at least one ticket: " + rca);
    }
    if (dueAt.isBefore(openedAt)) {
      throw new IllegalArgumentException(
          "RCA " + rca + " is due at " + dueAt + ", before it opened at " + openedAt);
    }
  }

  /** True when it had opened before {@code instant} and was not delivered before it. */
  public boolean isOpenAt(Instant instant) {
    return openedAt.isBefore(instant) && deliveredAt.map(d -> !d.isBefore(instant)).orElse(true);
  }

  /** True when it was delivered in {@code [startInclusive, endExclusive)}. */
  public boolean isDeliveredIn(Instant startInclusive, Instant endExclusive) {
    return deliveredAt
        .map(d -> !d.isBefore(startInclusive) && d.isBefore(endExclusive))
        .orElse(false);
  }

  /**
   * True when it is late at {@code instant}: delivered at or after its due instant, or not
   * delivered by {@code instant} when that is at or after it.
   */
  public boolean isLateAt(Instant instant) {
    Instant stopped = deliveredAt.filter(d -> d.isBefore(instant)).orElse(instant);
    return !stopped.isBefore(dueAt);
  }

  /**
   * Its breach as a credit rule reads it, when its due instant lies in {@code [startInclusive,
   * endExclusive)} and passed without delivery as of {@code asOf}.
   */
  public Optional<RcaBreach> breachIn(Instant startInclusive, Instant endExclusive, Instant asOf) {
    boolean dueInPeriod = !dueAt.isBefore(startInclusive) && dueAt.isBefore(endExclusive);
    return dueInPeriod && isLateAt(asOf)
        ? Optional.of(new RcaBreach(rca, tickets, priority, dueAt))
        : Optional.empty();
  }
}
