package org.accordo.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.clock.ClockExplanation;
import org.accordo.core.clock.ClockResult;

/**
 * Tells one clock as plain sentences: the steps of its {@link ClockExplanation} (what started it,
 * each pause and why, closed hours, due, breach), the same story the ticket page tells.
 */
final class ClockStory {

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
    for (ClockExplanation.Step step : ClockExplanation.of(r, calendars.get(r.calendar())).steps()) {
      out.println(sentence(step, r));
    }
  }

  private static String sentence(ClockExplanation.Step s, ClockResult r) {
    return switch (s.kind()) {
      case STARTED -> "  Started %s.".formatted(s.at());
      case SEGMENT ->
          "  %s to %s %s (%s)."
              .formatted(s.at(), s.until(), s.counting() ? "counting" : "not counting", s.why());
      case CLOSED ->
          "    outside business hours %s to %s: not counted.".formatted(s.at(), s.until());
      case MORE_CLOSED -> "    ... and %d more closed periods.".formatted(s.count());
      case STOPPED -> "  Stopped %s.".formatted(s.at());
      case TOTALS ->
          "  Counted %s, paused %s, remaining %s."
              .formatted(
                  ClockTable.duration(r.elapsedSeconds()),
                  ClockTable.duration(r.pausedSeconds()),
                  ClockTable.duration(r.remainingSeconds()));
      case BREACHED -> "  Breached at %s: the target was used up then.".formatted(s.at());
      case DUE -> "  Due %s if it keeps counting.".formatted(s.at());
      case WOULD_HAVE_BEEN_DUE -> "  Would have been due %s.".formatted(s.at());
      case FROZEN -> "  No due instant while paused: the remaining time is frozen.";
      case ESCALATION_CROSSED ->
          "  Escalation %s at %s of the target: crossed %s."
              .formatted(s.escalation().level(), percent(s.escalation().atFraction()), s.at());
      case ESCALATION_EXPECTED ->
          "  Escalation %s at %s of the target: expected %s."
              .formatted(s.escalation().level(), percent(s.escalation().atFraction()), s.at());
    };
  }

  private static String percent(double fraction) {
    double p = fraction * 100;
    return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
  }
}
