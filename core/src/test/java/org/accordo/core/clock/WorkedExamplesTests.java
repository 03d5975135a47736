package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.rome;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.accordo.core.clock.ClockFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/** The worked examples of SLA-SEMANTICS §4, each as the clock engine computes it. */
class WorkedExamplesTests {

  @Test
  void example1FirstResponseCreatedFridayEveningIsDueMondayMorning() {
    ClockEngine engine = policy().target(Metric.FIRST_RESPONSE, "P2", "2h", "rome-office").engine();
    Instant created = rome("2026-01-09 17:30");
    assertThat(created).isEqualTo(utc("2026-01-09T16:30:00Z"));
    ClockResult clock =
        only(
            engine.fold(ticket("T").created(created, "P2").events(), created),
            Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    // 30 min on Friday, 90 min on Monday from 09:00 CET
    assertThat(clock.dueAt()).isEqualTo(utc("2026-01-12T09:30:00Z"));
  }

  @Test
  void example2ResolutionPausedWhileWaitingForCustomerEndsAtTheMorningClose() {
    ClockEngine engine = policy().target(Metric.RESOLUTION, "P2", "8h", "rome-office").engine();
    Instant tuesday = rome("2026-02-03 15:00");
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 10:00"), "P2")
            .status(rome("2026-02-02 11:00"), TicketStatus.WAITING_CUSTOMER)
            .customerReplied(tuesday)
            .status(tuesday, TicketStatus.OPEN)
            .events();
    ClockResult clock = only(engine.fold(events, tuesday), Metric.RESOLUTION);
    assertThat(clock.elapsedSeconds()).isEqualTo(3600); // 10:00-11:00 on Monday
    // paused: Mon 11-13 and 14-18 (6h), Tue 09-13 and 14-15 (5h) of open time
    assertThat(clock.pausedSeconds()).isEqualTo(11 * 3600);
    assertThat(clock.remainingSeconds()).isEqualTo(7 * 3600);
    // Tue 15-18 (3h) + Wed 09-13 (4h): the deadline is the end of the morning interval
    assertThat(clock.dueAt()).isEqualTo(utc("2026-02-04T12:00:00Z"));
  }

  @Test
  void example3ResolutionOnTwentyFourSevenAcrossTheSpringForwardNight() {
    ClockEngine engine = policy().target(Metric.RESOLUTION, "P1", "4h", "24x7").engine();
    Instant created = rome("2026-03-28 23:00");
    assertThat(created).isEqualTo(utc("2026-03-28T22:00:00Z"));
    ClockResult clock =
        only(engine.fold(ticket("T").created(created, "P1").events(), created), Metric.RESOLUTION);
    // 4 real hours: 04:00 local, because the clocks went forward at 02:00
    assertThat(clock.dueAt()).isEqualTo(utc("2026-03-29T02:00:00Z"));
  }

  @Test
  void example4FirstResponseOverTheSpringForwardWeekend() {
    ClockEngine engine = policy().target(Metric.FIRST_RESPONSE, "P2", "2h", "rome-office").engine();
    Instant created = rome("2026-03-27 17:00");
    assertThat(created).isEqualTo(utc("2026-03-27T16:00:00Z"));
    ClockResult clock =
        only(
            engine.fold(ticket("T").created(created, "P2").events(), created),
            Metric.FIRST_RESPONSE);
    // 1h on Friday (CET), 1h from Monday 09:00 CEST
    assertThat(clock.dueAt()).isEqualTo(utc("2026-03-30T08:00:00Z"));
  }

  @Test
  void example5ReopenWithResumeKeepsTheTimeCountedBeforeResolution() {
    ClockEngine engine = policy().target(Metric.RESOLUTION, "P2", "8h", "rome-office").engine();
    Instant reopened = rome("2026-02-04 10:00");
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .status(rome("2026-02-02 12:00"), TicketStatus.RESOLVED)
            .status(reopened, TicketStatus.OPEN)
            .events();
    ClockResult clock = only(engine.fold(events, reopened), Metric.RESOLUTION);
    assertThat(clock.elapsedSeconds()).isEqualTo(3 * 3600);
    assertThat(clock.stoppedAt()).isNull();
    // 5h left: Wed 10-13 and 14-16
    assertThat(clock.dueAt()).isEqualTo(utc("2026-02-04T15:00:00Z"));
  }

  @Test
  void example6ResolutionOverChristmasAndTheWeekend() {
    ClockEngine engine = policy().target(Metric.RESOLUTION, "P2", "4h", "rome-office").engine();
    Instant created = rome("2026-12-24 16:00");
    ClockResult clock =
        only(engine.fold(ticket("T").created(created, "P2").events(), created), Metric.RESOLUTION);
    // 2h on Thursday; Christmas, Santo Stefano and Sunday closed; 2h on Monday
    assertThat(clock.dueAt()).isEqualTo(utc("2026-12-28T10:00:00Z"));
  }

  @Test
  void example7TicketCreatedOnSaturdayStartsCountingOnMonday() {
    ClockEngine engine = policy().target(Metric.FIRST_RESPONSE, "P2", "1h", "rome-office").engine();
    Instant created = rome("2026-01-10 11:00");
    ClockResult clock =
        only(
            engine.fold(ticket("T").created(created, "P2").events(), created),
            Metric.FIRST_RESPONSE);
    assertThat(clock.elapsedSeconds()).isZero();
    assertThat(clock.dueAt()).isEqualTo(utc("2026-01-12T09:00:00Z"));
  }
}
