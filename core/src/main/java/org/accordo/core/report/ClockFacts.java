package org.accordo.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.TimeSpan;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.Exclusion;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.clock.TimelineSegment;

/** Turns the clock engine's results into the facts a period close needs. */
public final class ClockFacts {

  private ClockFacts() {}

  /**
   * The facts of one clock result.
   *
   * @param sla the id of the SLA whose engine computed it
   * @param result the engine's result
   * @param events the ticket's events, whose {@code excluded} intervals that apply to the clock's
   *     metric and overlap its life are kept with their reasons
   * @param now the instant the engine computed at, the end of a clock that has not stopped
   * @return the facts; a cancelled clock's {@code stoppedAt} is the instant of the ticket's {@code
   *     cancelled} event, so that it is listed in the period it was cancelled in; the timeline is
   *     kept for breached clocks only (the report explains breaches; the rest would be a copy of
   *     every clock's history)
   */
  public static ClockFact of(
      String sla, ClockResult result, List<TicketEvent> events, Instant now) {
    ClockState state = result.state();
    Optional<Instant> stoppedAt =
        state == ClockState.CANCELLED
            ? cancelledAt(events)
            : Optional.ofNullable(result.stoppedAt());
    List<TimelineEntry> timeline =
        new ArrayList<>(state == ClockState.BREACHED ? result.timeline().size() : 0);
    if (state == ClockState.BREACHED) {
      for (TimelineSegment s : result.timeline()) {
        timeline.add(new TimelineEntry(s.from(), s.to(), s.counting(), s.why()));
      }
    }
    return new ClockFact(
        result.ticket(),
        sla,
        result.metric(),
        result.priority(),
        result.calendar(),
        state,
        result.startedAt(),
        stoppedAt,
        Optional.ofNullable(result.breachedAt()),
        Duration.ofMillis(result.elapsedMillis()),
        Duration.ofMillis(result.targetMillis()),
        exclusions(result, events, now),
        timeline);
  }

  private static List<ClockExclusion> exclusions(
      ClockResult result, List<TicketEvent> events, Instant now) {
    List<ClockExclusion> exclusions = List.of();
    for (TicketEvent event : events) {
      if (event.type() == EventType.EXCLUDED && event.exclusion().appliesTo(result.metric())) {
        Instant end = result.stoppedAt() != null ? result.stoppedAt() : now;
        TimeSpan life =
            new TimeSpan(
                result.startedAt(), end.isBefore(result.startedAt()) ? result.startedAt() : end);
        if (touches(event.exclusion(), life)) {
          if (exclusions.isEmpty()) {
            exclusions = new ArrayList<>();
          }
          exclusions.add(
              new ClockExclusion(
                  new TimeSpan(event.exclusion().from(), event.exclusion().to()),
                  event.exclusion().reason()));
        }
      }
    }
    return exclusions;
  }

  /** When the ticket left the SLA: its {@code cancelled} event (the first, if several). */
  private static Optional<Instant> cancelledAt(List<TicketEvent> events) {
    return events.stream()
        .filter(e -> e.type() == EventType.CANCELLED)
        .map(TicketEvent::at)
        .min(Instant::compareTo);
  }

  private static boolean touches(Exclusion exclusion, TimeSpan life) {
    TimeSpan excluded = new TimeSpan(exclusion.from(), exclusion.to());
    return life.isEmpty() ? excluded.contains(life.startInclusive()) : excluded.overlaps(life);
  }
}
