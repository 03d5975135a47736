package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.rome;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.accordo.core.clock.ClockFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clocks over DST changes and Italian holidays: the due instant of a fresh clock, row by row. */
class CalendarDaysTests {

  static Stream<Arguments> dueInstants() {
    return Stream.of(
        // 24x7 over the fall-back night: 4 real hours from 23:00 CEST is 02:00 CET
        Arguments.of("24x7", "4h", rome("2026-10-24 23:00"), utc("2026-10-25T01:00:00Z")),
        // 24x7 over the spring-forward night: 2 real hours from 01:00 CET is 04:00 CEST
        Arguments.of("24x7", "2h", rome("2026-03-29 01:00"), utc("2026-03-29T02:00:00Z")),
        // office: Friday 17:00 CEST + 1h, Monday 09:00 CET + 3h after the fall-back weekend
        Arguments.of("rome-office", "4h", rome("2026-10-23 17:00"), utc("2026-10-26T11:00:00Z")),
        // Labour Day (Friday 1 May) is closed: counting starts Monday 09:00 CEST
        Arguments.of("rome-office", "1h", rome("2026-05-01 10:00"), utc("2026-05-04T08:00:00Z")),
        // Easter Monday 6 April is closed: Friday 30 min, Tuesday 09:00 + 90 min
        Arguments.of("rome-office", "2h", rome("2026-04-03 17:30"), utc("2026-04-07T08:30:00Z")),
        // Ferragosto (Saturday 15 August) changes nothing on a weekend: Friday 17:00 + 1h, Monday
        // 09:00 + 1h
        Arguments.of("rome-office", "2h", rome("2026-08-14 17:00"), utc("2026-08-17T08:00:00Z")),
        // created at 13:30, in the lunch break: counting starts at 14:00
        Arguments.of("rome-office", "30m", rome("2026-02-03 13:30"), utc("2026-02-03T13:30:00Z")),
        // new year: 31 Dec 17:00 + 1h; Friday 1 Jan (holiday) and the weekend closed; Monday 4 Jan
        // 09:00 + 1h
        Arguments.of("rome-office", "2h", rome("2026-12-31 17:00"), utc("2027-01-04T09:00:00Z")),
        // created at closing time on 31 Dec: the whole hour falls on Monday 4 Jan
        Arguments.of("rome-office", "1h", rome("2026-12-31 18:00"), utc("2027-01-04T09:00:00Z")));
  }

  @ParameterizedTest(name = "{0} {1} from {2} is due {3}")
  @MethodSource("dueInstants")
  void freshClockIsDueAfterItsTargetOfOpenTime(
      String calendar, String target, Instant created, Instant due) {
    ClockEngine engine = policy().target(Metric.FIRST_RESPONSE, "P2", target, calendar).engine();
    ClockResult clock =
        only(
            engine.fold(ticket("T").created(created, "P2").events(), created),
            Metric.FIRST_RESPONSE);
    assertThat(clock.dueAt()).isEqualTo(due);
  }
}
