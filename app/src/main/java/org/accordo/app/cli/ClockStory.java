package org.accordo.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.OpenInterval;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.TimelineSegment;
import org.accordo.core.escalation.EscalationCrossing;

/**
 * Tells one clock as plain sentences: what started it, each pause and why, closed hours, due,
 * breach.
 */
final class ClockStory {

  private static final int MAX_GAPS_PER_SEGMENT = 6;
  private final PrintWriter out;
  private final Map<String, BusinessCalendar> calendars;

  ClockStory(PrintWriter out, Map<String, BusinessCalendar> calendars) {
    this.out = out;
    this.calendars = calendars;
  }

  void tell(ClockResult r) {
    out.println();
    out.printf(
        "%s, cycle %d, priority %s: target %s of calendar '%s'. State: %s.%n",
        r.metric().id(),
        r.cycle(),
        r.priority(),
        ClockTable.duration(r.targetSeconds()),
        r.calendar(),
        r.state().id());
    out.printf("  Started %s.%n", r.startedAt());
    BusinessCalendar calendar = calendars.get(r.calendar());
    for (TimelineSegment s : r.timeline()) {
      segment(s, calendar);
    }
    if (r.stoppedAt() != null) {
      out.printf("  Stopped %s.%n", r.stoppedAt());
    }
    out.printf(
        "  Counted %s, paused %s, remaining %s.%n",
        ClockTable.duration(r.elapsedSeconds()),
        ClockTable.duration(r.pausedSeconds()),
        ClockTable.duration(r.remainingSeconds()));
    if (r.breachedAt() != null) {
      out.printf("  Breached at %s: the target was used up then.%n", r.breachedAt());
    }
    if (r.dueAt() != null && r.state() != ClockState.BREACHED) {
      out.printf(
          r.state() == ClockState.MET
              ? "  Would have been due %s.%n"
              : "  Due %s if it keeps counting.%n",
          r.dueAt());
    } else if (r.state() == ClockState.PAUSED) {
      out.println("  No due instant while paused: the remaining time is frozen.");
    }
    for (EscalationCrossing e : r.escalations()) {
      if (e.crossedAt() != null) {
        out.printf(
            "  Escalation %s at %s of the target: crossed %s.%n",
            e.level(), percent(e.atFraction()), e.crossedAt());
      } else if (e.expectedAt() != null) {
        out.printf(
            "  Escalation %s at %s of the target: expected %s.%n",
            e.level(), percent(e.atFraction()), e.expectedAt());
      }
    }
  }

  private void segment(TimelineSegment s, BusinessCalendar calendar) {
    out.printf(
        "  %s to %s %s (%s).%n",
        s.from(), s.to(), s.counting() ? "counting" : "not counting", s.why());
    if (!s.counting() || calendar == null) {
      return;
    }
    List<OpenInterval> open = calendar.openIntervals(s.from(), s.to());
    Instant cursor = s.from();
    int gaps = 0;
    int more = 0;
    for (OpenInterval interval : open) {
      if (interval.start().isAfter(cursor)) {
        if (gaps < MAX_GAPS_PER_SEGMENT) {
          out.printf(
              "    outside business hours %s to %s: not counted.%n", cursor, interval.start());
          gaps++;
        } else {
          more++;
        }
      }
      cursor = interval.end();
    }
    if (cursor.isBefore(s.to())) {
      if (gaps < MAX_GAPS_PER_SEGMENT) {
        out.printf("    outside business hours %s to %s: not counted.%n", cursor, s.to());
      } else {
        more++;
      }
    }
    if (more > 0) {
      out.printf("    ... and %d more closed periods.%n", more);
    }
  }

  private static String percent(double fraction) {
    double p = fraction * 100;
    return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
  }
}
