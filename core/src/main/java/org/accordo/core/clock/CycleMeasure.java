package org.accordo.core.clock;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.escalation.EscalationCrossing;

/**
 * Measures a folded cycle on the calendar of its priority (SLA semantics §3): counting and paused
 * business time, the instants at which elapsed reached each escalation threshold and the target,
 * the state, the due instant and the timeline. Excluded intervals are cut out of counting segments
 * here, so an exclusion recorded late changes the numbers as if it had been known all along.
 */
final class CycleMeasure {

  private static final long NEVER = Long.MIN_VALUE;

  /** How far ahead a due or expected instant is looked for: 100 years of 365.25 days. */
  static final long HORIZON_MS = 100 * 31_557_600_000L;

  private final TicketFold fold;
  private final ClockEngine engine;

  // The walk's results, reset for each cycle.
  private BusinessCalendar calendar;
  private long elapsed;
  private long paused;
  private long breachMs;
  private long targetMs;
  private long[] thresholdMs;
  private long[] crossMs;

  private TimelineSegment[] segments = new TimelineSegment[4];
  private int segmentCount;

  /** The event that probably sits at the end of the segment being walked, or -1. */
  private int toHint;

  CycleMeasure(TicketFold fold, ClockEngine engine) {
    this.fold = fold;
    this.engine = engine;
    this.thresholdMs = new long[engine.fractions.length];
    this.crossMs = new long[engine.fractions.length];
  }

  /** The cycle's result, or null when its priority has no target for its metric. */
  ClockResult result(Cycle cycle, boolean cancelled) {
    ClockEngine.Target target = engine.target(cycle.metric, cycle.priorityIndex);
    if (target == null) {
      return null;
    }
    walk(cycle, target);
    boolean stopped = cycle.isStopped();
    boolean pausedNow =
        !stopped
            && (cycle.openKind() == Cycle.PAUSED
                || fold.exclusions.covers(cycle.metric, fold.nowMs));
    ClockState state = state(cycle, cancelled, stopped, pausedNow);
    Instant breachedAt = elapsed > targetMs ? Instant.ofEpochMilli(breachMs) : null;
    Instant dueAt =
        switch (state) {
          case BREACHED -> breachedAt;
          case MET -> reach(cycle.stopMs, targetMs - elapsed);
          case RUNNING -> reach(fold.nowMs, targetMs - elapsed);
          default -> null;
        };
    boolean counting = !stopped && !pausedNow;
    EscalationCrossing[] escalations = new EscalationCrossing[thresholdMs.length];
    for (int k = 0; k < thresholdMs.length; k++) {
      boolean crossed = elapsed >= thresholdMs[k];
      Instant crossedAt = crossed ? Instant.ofEpochMilli(crossMs[k]) : null;
      Instant expectedAt =
          !crossed && counting ? reach(fold.nowMs, thresholdMs[k] - elapsed) : null;
      escalations[k] =
          new EscalationCrossing(engine.fractions[k], engine.levels[k], crossedAt, expectedAt);
    }
    return new ClockResult(
        fold.ticket,
        cycle.metric,
        cycle.number,
        cycle.priority,
        target.calendarName(),
        state,
        fold.instant(cycle.startMs, cycle.startWhy),
        stopped ? fold.instant(cycle.stopMs, cycle.stopWhy) : null,
        dueAt,
        breachedAt,
        targetMs,
        elapsed,
        paused,
        immutable(escalations, escalations.length),
        immutable(segments, segmentCount));
  }

  /**
   * When {@code amount} more of counting time from {@code fromMs} is reached on the cycle's
   * calendar, or null when that lies more than {@link #HORIZON_MS} ahead, after the year 9999 or
   * behind 10 years without open time: an instant no one can wait for is not reported, and looking
   * for it stops at the horizon (a long target on a calendar with little open time would otherwise
   * cost a scan up to the year 9999).
   */
  private Instant reach(long fromMs, long amount) {
    long at = calendar.addMillisWithin(fromMs, amount, fromMs + HORIZON_MS);
    return at == BusinessCalendar.BEYOND_LIMIT ? null : Instant.ofEpochMilli(at);
  }

  /** An immutable list of the first {@code n} items, built with as few copies as the JDK allows. */
  private static <T> List<T> immutable(T[] items, int n) {
    return switch (n) {
      case 0 -> List.of();
      case 1 -> List.of(items[0]);
      case 2 -> List.of(items[0], items[1]);
      case 3 -> List.of(items[0], items[1], items[2]);
      default -> List.of(Arrays.copyOf(items, n));
    };
  }

  private ClockState state(Cycle cycle, boolean cancelled, boolean stopped, boolean pausedNow) {
    if (cancelled) {
      return ClockState.CANCELLED;
    }
    if (cycle.superseded) {
      return ClockState.SUPERSEDED;
    }
    if (elapsed > targetMs) {
      return ClockState.BREACHED;
    }
    if (stopped) {
      return ClockState.MET;
    }
    return pausedNow ? ClockState.PAUSED : ClockState.RUNNING;
  }

  /** Measures {@code cycle} on {@code target}'s calendar and records its timeline. */
  private void walk(Cycle cycle, ClockEngine.Target target) {
    calendar = target.calendar();
    targetMs = target.targetMs();
    elapsed = 0;
    paused = 0;
    breachMs = NEVER;
    int thresholds = engine.fractions.length;
    for (int k = 0; k < thresholds; k++) {
      thresholdMs[k] = Math.round(engine.fractions[k] * targetMs);
      crossMs[k] = NEVER;
    }
    segmentCount = 0;
    if (segments.length < cycle.segments + 1) {
      segments = new TimelineSegment[cycle.segments + 1];
    }
    for (int s = 0; s < cycle.segments; s++) {
      long from = cycle.from(s);
      long to = cycle.to(s);
      int why = cycle.why(s);
      toHint = cycle.closedBy(s);
      switch (cycle.kind(s)) {
        case Cycle.COUNTING -> countExcept(cycle, from, to, why);
        case Cycle.PAUSED -> pause(from, to, why, null);
        default -> note(from, to, false, why, null);
      }
    }
  }

  /** Counts {@code [from, to)} except where an exclusion for the cycle's metric pauses it. */
  private void countExcept(Cycle cycle, long from, long to, int why) {
    long[] xFrom = fold.exclusions.from(cycle.metric);
    long[] xTo = fold.exclusions.to(cycle.metric);
    long at = from;
    String resumed = null;
    for (int k = 0; k < xFrom.length && at < to; k++) {
      if (xTo[k] <= at || xFrom[k] >= to) {
        continue;
      }
      if (xFrom[k] > at) {
        count(at, xFrom[k], why, resumed);
      }
      long end = Math.min(to, xTo[k]);
      int exclusionEvent = fold.exclusions.event(cycle.metric)[k];
      pause(Math.max(at, xFrom[k]), end, exclusionEvent, null);
      at = end;
      resumed = "end of " + fold.events[exclusionEvent].id() + " excluded; " + fold.why(why);
    }
    if (at < to) {
      count(at, to, why, resumed);
    }
  }

  private void count(long from, long to, int why, String whyText) {
    long e = calendar.elapsedMillis(from, to);
    if (e > 0) {
      long total = elapsed + e;
      for (int k = 0; k < thresholdMs.length; k++) {
        if (crossMs[k] == NEVER && total >= thresholdMs[k]) {
          crossMs[k] = calendar.addMillis(from, thresholdMs[k] - elapsed);
        }
      }
      if (breachMs == NEVER && total >= targetMs) {
        breachMs = calendar.addMillis(from, targetMs - elapsed);
      }
      elapsed = total;
    }
    note(from, to, true, why, whyText);
  }

  private void pause(long from, long to, int why, String whyText) {
    paused += calendar.elapsedMillis(from, to);
    note(from, to, false, why, whyText);
  }

  private void note(long from, long to, boolean counting, int why, String whyText) {
    if (segmentCount == segments.length) {
      segments = Arrays.copyOf(segments, segmentCount * 2);
    }
    segments[segmentCount++] =
        new TimelineSegment(
            fold.instant(from, why),
            fold.instant(to, toHint),
            counting,
            whyText != null ? whyText : fold.why(why));
  }
}
