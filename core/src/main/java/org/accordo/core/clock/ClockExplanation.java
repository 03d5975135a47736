package org.accordo.core.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.OpenInterval;
import org.accordo.core.escalation.EscalationCrossing;

/**
 * How one clock was measured, told step by step (what started it, each stretch counting or paused
 * and why, the hours outside its calendar, stop, totals, breach, due, escalations) and drawn as
 * stretches along time. One telling for every reader: {@code accordo clock explain} prints the
 * steps as sentences, the ticket page as a list and a bar, so both say the same thing.
 *
 * @param clock the clock explained
 * @param steps the story, in the order it is told
 * @param stretches the clock's life from its start to its last segment's end, in time order and
 *     without gaps: counting, paused, or counting but outside business hours
 */
public record ClockExplanation(ClockResult clock, List<Step> steps, List<Stretch> stretches) {

  /** At most this many closed periods are told per segment; the rest are counted. */
  public static final int MAX_CLOSED_PER_SEGMENT = 6;

  /** What a step of the story says. */
  public enum StepKind {
    /** The clock started ({@code at}). */
    STARTED,
    /** A segment {@code at} to {@code until}, counting or not, opened by {@code why}. */
    SEGMENT,
    /** Outside business hours {@code at} to {@code until}, inside a counting segment. */
    CLOSED,
    /** {@code count} more closed periods in the segment, not told one by one. */
    MORE_CLOSED,
    /** The clock stopped ({@code at}). */
    STOPPED,
    /** The clock's totals: its result's elapsed, paused and remaining. */
    TOTALS,
    /** The target was used up at {@code at}. */
    BREACHED,
    /** Due at {@code at} if it keeps counting. */
    DUE,
    /** A met clock would have been due at {@code at}. */
    WOULD_HAVE_BEEN_DUE,
    /** Paused: no due instant, the remaining time is frozen. */
    FROZEN,
    /** An escalation threshold was crossed at {@code at}. */
    ESCALATION_CROSSED,
    /** An escalation threshold is expected at {@code at}. */
    ESCALATION_EXPECTED
  }

  /**
   * One step of the story; which fields are set depends on its kind.
   *
   * @param kind what it says
   * @param at its instant, or the start of its period
   * @param until the end of its period, or null
   * @param counting for a segment, true when it counts
   * @param why for a segment, the event that opened it and the status then
   * @param count for {@link StepKind#MORE_CLOSED}, how many
   * @param escalation for an escalation step, the crossing
   */
  public record Step(
      StepKind kind,
      Instant at,
      Instant until,
      boolean counting,
      String why,
      int count,
      EscalationCrossing escalation) {

    public Step {
      Objects.requireNonNull(kind, "kind");
    }

    static Step of(StepKind kind, Instant at) {
      return new Step(kind, at, null, false, null, 0, null);
    }
  }

  /** What a stretch of a clock's life was. */
  public enum StretchKind {
    /** Business time counting against the target. */
    COUNTING,
    /** Not counting: paused by a status or an exclusion, or stopped. */
    PAUSED,
    /** Inside a counting segment, but outside the calendar's business hours. */
    CLOSED
  }

  /**
   * A stretch of a clock's life, for drawing it.
   *
   * @param kind what it was
   * @param from its start
   * @param to its end, not before {@code from}
   * @param why the event that opened the segment it belongs to
   */
  public record Stretch(StretchKind kind, Instant from, Instant to, String why) {

    public Stretch {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(why, "why");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("a stretch cannot end before it starts");
      }
    }
  }

  public ClockExplanation {
    Objects.requireNonNull(clock, "clock");
    steps = List.copyOf(steps);
    stretches = List.copyOf(stretches);
  }

  /**
   * Explains {@code clock}, measured on {@code calendar} (null when unknown: no closed hours are
   * told).
   */
  public static ClockExplanation of(ClockResult clock, BusinessCalendar calendar) {
    List<Step> steps = new ArrayList<>();
    List<Stretch> stretches = new ArrayList<>();
    steps.add(Step.of(StepKind.STARTED, clock.startedAt()));
    for (TimelineSegment segment : clock.timeline()) {
      segment(segment, calendar, steps, stretches);
    }
    if (clock.stoppedAt() != null) {
      steps.add(Step.of(StepKind.STOPPED, clock.stoppedAt()));
    }
    steps.add(Step.of(StepKind.TOTALS, null));
    if (clock.breachedAt() != null) {
      steps.add(Step.of(StepKind.BREACHED, clock.breachedAt()));
    }
    if (clock.dueAt() != null && clock.state() != ClockState.BREACHED) {
      steps.add(
          Step.of(
              clock.state() == ClockState.MET ? StepKind.WOULD_HAVE_BEEN_DUE : StepKind.DUE,
              clock.dueAt()));
    } else if (clock.state() == ClockState.PAUSED) {
      steps.add(Step.of(StepKind.FROZEN, null));
    }
    for (EscalationCrossing e : clock.escalations()) {
      if (e.crossedAt() != null) {
        steps.add(new Step(StepKind.ESCALATION_CROSSED, e.crossedAt(), null, false, null, 0, e));
      } else if (e.expectedAt() != null) {
        steps.add(new Step(StepKind.ESCALATION_EXPECTED, e.expectedAt(), null, false, null, 0, e));
      }
    }
    return new ClockExplanation(clock, steps, stretches);
  }

  private static void segment(
      TimelineSegment s, BusinessCalendar calendar, List<Step> steps, List<Stretch> stretches) {
    steps.add(new Step(StepKind.SEGMENT, s.from(), s.to(), s.counting(), s.why(), 0, null));
    if (!s.counting()) {
      stretches.add(new Stretch(StretchKind.PAUSED, s.from(), s.to(), s.why()));
      return;
    }
    if (calendar == null) {
      stretches.add(new Stretch(StretchKind.COUNTING, s.from(), s.to(), s.why()));
      return;
    }
    Instant cursor = s.from();
    int told = 0;
    int more = 0;
    for (OpenInterval open : calendar.openIntervals(s.from(), s.to())) {
      if (open.start().isAfter(cursor)) {
        told = closed(s, cursor, open.start(), told, steps, stretches);
        more += told > MAX_CLOSED_PER_SEGMENT ? 1 : 0;
      }
      stretches.add(new Stretch(StretchKind.COUNTING, open.start(), open.end(), s.why()));
      cursor = open.end();
    }
    if (cursor.isBefore(s.to())) {
      told = closed(s, cursor, s.to(), told, steps, stretches);
      more += told > MAX_CLOSED_PER_SEGMENT ? 1 : 0;
    }
    if (more > 0) {
      steps.add(new Step(StepKind.MORE_CLOSED, s.from(), s.to(), true, s.why(), more, null));
    }
  }

  /** Records a closed period; returns how many closed periods of the segment were seen. */
  private static int closed(
      TimelineSegment s,
      Instant from,
      Instant to,
      int seen,
      List<Step> steps,
      List<Stretch> stretches) {
    stretches.add(new Stretch(StretchKind.CLOSED, from, to, s.why()));
    if (seen < MAX_CLOSED_PER_SEGMENT) {
      steps.add(new Step(StepKind.CLOSED, from, to, true, s.why(), 0, null));
    }
    return seen + 1;
  }
}
