package org.accordo.app.clocks;

import java.time.Instant;
import java.util.List;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.escalation.EscalationCrossing;

/**
 * When a ticket's clocks must be computed again without an event: the next threshold or breach of a
 * clock that counts, an event dated ahead, an exclusion's bounds. Null means never.
 */
final class NextChecks {

  private NextChecks() {}

  /**
   * For a clock that counts (running, or breached and not stopped), its next escalation threshold
   * or its breach; else null.
   */
  static Instant ofClock(ClockResult r) {
    boolean counting =
        r.stoppedAt() == null
            && (r.state() == ClockState.RUNNING || r.state() == ClockState.BREACHED);
    if (!counting) {
      return null;
    }
    Instant next = r.state() == ClockState.RUNNING ? r.dueAt() : null;
    for (EscalationCrossing crossing : r.escalations()) {
      next = earliest(next, crossing.expectedAt());
    }
    return next;
  }

  /**
   * The earliest instant after now at which the ticket's history changes by itself: an event dated
   * ahead, an exclusion's bounds; null when none.
   */
  static Instant ofHistory(List<TicketEvent> events, Instant now) {
    Instant next = null;
    for (TicketEvent e : events) {
      next = earliest(next, after(e.at(), now));
      if (e.exclusion() != null) {
        next = earliest(next, after(e.exclusion().from(), now));
        next = earliest(next, after(e.exclusion().to(), now));
      }
    }
    return next;
  }

  /** The earlier of two instants, either of which may be null (never). */
  static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static Instant after(Instant instant, Instant now) {
    return instant.isAfter(now) ? instant : null;
  }
}
