package org.accordo.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.TicketStatus;

/**
 * A ticket as a month's summary counts it: when it was opened, and its priority and standing at an
 * instant (the period's end, or the report's instant when that comes first).
 *
 * @param ticket the ticket's id, number and subject
 * @param openedAt the instant of its {@code created} event
 * @param priority its priority at the instant
 * @param standing open, resolved or cancelled at the instant
 * @param resolvedAt when it last became resolved or closed, present exactly when {@code standing}
 *     is {@link TicketStanding#RESOLVED}
 */
public record TicketFact(
    TicketReference ticket,
    Instant openedAt,
    String priority,
    TicketStanding standing,
    Optional<Instant> resolvedAt) {

  private static final Comparator<TicketEvent> FOLD_ORDER =
      Comparator.comparing(TicketEvent::at)
          .thenComparing(e -> e.type() == EventType.CREATED ? 0 : 1);

  public TicketFact {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    if (resolvedAt.isPresent() != (standing == TicketStanding.RESOLVED)) {
      throw new IllegalArgumentException(
          "ticket " + ticket.id() + ": a resolution instant goes with a resolved ticket only");
    }
  }

  /**
   * The ticket as of {@code instant}, from its events dated before it, folded in the order of SLA
   * semantics §2 (by instant, {@code created} first among ties, then by arrival).
   *
   * @return empty when the ticket had not been created before {@code instant}
   */
  public static Optional<TicketFact> of(TicketHistory history, Instant instant) {
    List<TicketEvent> events = inFoldOrder(history.events());
    Instant opened = null;
    String priority = null;
    TicketStatus status = TicketStatus.NEW;
    Instant resolvedAt = null;
    boolean cancelled = false;
    for (TicketEvent event : events) {
      if (!event.at().isBefore(instant)) {
        continue;
      }
      switch (event.type()) {
        case CREATED -> {
          opened = opened == null ? event.at() : opened;
          priority = event.priority();
        }
        case PRIORITY_CHANGED -> priority = event.priority();
        case STATUS_CHANGED -> {
          if (event.status().isResolved() && !status.isResolved()) {
            resolvedAt = event.at();
          }
          status = event.status();
        }
        case CANCELLED -> cancelled = true;
        default -> {}
      }
    }
    if (opened == null) {
      return Optional.empty();
    }
    TicketStanding standing =
        cancelled
            ? TicketStanding.CANCELLED
            : status.isResolved() ? TicketStanding.RESOLVED : TicketStanding.OPEN;
    return Optional.of(
        new TicketFact(
            history.ticket(),
            opened,
            priority,
            standing,
            standing == TicketStanding.RESOLVED ? Optional.of(resolvedAt) : Optional.empty()));
  }

  /** The events in fold order; most histories already are, and are not copied. */
  private static List<TicketEvent> inFoldOrder(List<TicketEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (FOLD_ORDER.compare(events.get(i - 1), events.get(i)) > 0) {
        List<TicketEvent> sorted = new ArrayList<>(events);
        sorted.sort(FOLD_ORDER);
        return sorted;
      }
    }
    return events;
  }
}
