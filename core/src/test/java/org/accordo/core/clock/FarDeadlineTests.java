package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.PRIORITIES;
import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.OpeningHours;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;

/**
 * Extreme but loadable contracts never make the engine throw: a due or expected instant that no one
 * can wait for (over 100 years ahead, after the year 9999, or behind 10 years without open time) is
 * reported as null, and looking for it stops at that horizon.
 */
class FarDeadlineTests {

  /** Open one minute a week: a long target lies millennia ahead. */
  private static final BusinessCalendar ONE_MINUTE_A_WEEK =
      BusinessCalendar.builder(ZoneOffset.UTC)
          .hours(EnumSet.of(DayOfWeek.SUNDAY), List.of(OpeningHours.parse("00:00-00:01")))
          .build();

  /** Open one hour on one day of 2026, never again. */
  private static final BusinessCalendar ONCE =
      BusinessCalendar.builder(ZoneOffset.UTC)
          .exception(LocalDate.of(2026, 2, 2), List.of(OpeningHours.parse("09:00-10:00")))
          .build();

  private static ClockEngine engine(String target, String calendar) {
    return new ClockEngine(
        policy()
            .target(Metric.RESOLUTION, "P1", target, calendar)
            .escalation(0.5, "L1")
            .escalation(10, "L2")
            .build(),
        Map.of("sparse", ONE_MINUTE_A_WEEK, "once", ONCE),
        PRIORITIES);
  }

  @Test
  void aRunningClockDueCenturiesAheadIsRunningWithoutDueInstant() {
    // 876,600 h (100 years) of one minute a week: about 1,000 centuries of wall time
    List<TicketEvent> events = ticket("T").created(at("09:00"), "P1").events();

    ClockResult clock =
        only(
            engine("876600h", "sparse").fold(events, Instant.parse("2026-03-01T00:00:00Z")),
            Metric.RESOLUTION);

    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.dueAt()).isNull();
    assertThat(clock.escalations()).allSatisfy(e -> assertThat(e.expectedAt()).isNull());
  }

  @Test
  void aClockOnACalendarThatNeverOpensAgainHasNoDueInstant() {
    // one open hour on Monday 2 February 2026: 30 min counted, then closed for ever
    List<TicketEvent> events = ticket("T").created(at("09:30"), "P1").events();

    ClockResult clock =
        only(
            engine("2h", "once").fold(events, Instant.parse("2026-03-01T00:00:00Z")),
            Metric.RESOLUTION);

    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.elapsedSeconds()).isEqualTo(1800);
    assertThat(clock.dueAt()).isNull();
  }

  @Test
  void aClockMetLongBeforeItsDistantDueInstantHasNoDueInstant() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("10:00"), org.accordo.core.policy.TicketStatus.RESOLVED)
            .events();

    ClockResult clock =
        only(
            engine("876600h", "sparse").fold(events, Instant.parse("2026-03-01T00:00:00Z")),
            Metric.RESOLUTION);

    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.dueAt()).isNull();
  }
}
