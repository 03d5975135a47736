package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * excluded intervals: paused time for the named metrics, whenever they are recorded (SLA semantics
 * §2).
 */
class ExclusionTests {

  private final ClockEngine engine =
      policy()
          .target(Metric.FIRST_RESPONSE, "P1", "1h", "24x7")
          .target(Metric.RESOLUTION, "P1", "4h", "24x7")
          .engine();

  @Test
  void exclusionPausesEveryMetricByDefault() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .excluded(at("12:00"), at("10:00"), at("11:00"))
            .events();
    ClockResult clock = only(engine.fold(events, at("13:00")), Metric.RESOLUTION);
    assertThat(clock.elapsedSeconds()).isEqualTo(3 * 3600);
    assertThat(clock.pausedSeconds()).isEqualTo(3600);
    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
  }

  @Test
  void exclusionNamingMetricsPausesOnlyThose() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .excluded(at("10:30"), at("09:30"), at("10:30"), Metric.RESOLUTION)
            .events();
    List<ClockResult> results = engine.fold(events, at("11:30"));
    ClockResult firstResponse = only(results, Metric.FIRST_RESPONSE);
    ClockResult resolution = only(results, Metric.RESOLUTION);
    assertThat(firstResponse.elapsedSeconds()).isEqualTo(9000);
    assertThat(firstResponse.breachedAt()).isEqualTo(at("10:00"));
    assertThat(resolution.elapsedSeconds()).isEqualTo(5400);
    assertThat(resolution.pausedSeconds()).isEqualTo(3600);
  }

  @Test
  void lateExclusionTakesBackABreach() {
    List<TicketEvent> without = ticket("T").created(at("09:00"), "P1").events();
    List<TicketEvent> with =
        ticket("T")
            .created(at("09:00"), "P1")
            .excluded(at("10:30"), at("09:30"), at("10:30"))
            .events();
    assertThat(only(engine.fold(without, at("10:30")), Metric.FIRST_RESPONSE).state())
        .isEqualTo(ClockState.BREACHED);
    ClockResult clock = only(engine.fold(with, at("10:30")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.elapsedSeconds()).isEqualTo(1800);
    assertThat(clock.dueAt()).isEqualTo(at("11:00"));
  }

  @Test
  void exclusionCoveringNowPausesTheClock() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .excluded(at("10:00"), at("09:30"), at("12:00"))
            .events();
    ClockResult clock = only(engine.fold(events, at("10:30")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
    assertThat(clock.elapsedSeconds()).isEqualTo(1800);
    assertThat(clock.dueAt()).isNull();
  }

  @Test
  void overlappingExclusionsCountOnce() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:05"))
            .excluded(at("11:00"), at("10:00"), at("11:00"))
            .excluded(at("11:30"), at("10:30"), at("11:30"))
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.RESOLUTION);
    assertThat(clock.elapsedSeconds()).isEqualTo(5400); // 09-10 and 11:30-12
    assertThat(clock.pausedSeconds()).isEqualTo(5400);
  }

  @Test
  void exclusionDuringAStatusPauseCountsOnce() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:05"))
            .status(at("10:00"), TicketStatus.WAITING_CUSTOMER)
            .status(at("11:00"), TicketStatus.OPEN)
            .excluded(at("11:40"), at("10:30"), at("11:30"))
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.RESOLUTION);
    assertThat(clock.elapsedSeconds()).isEqualTo(5400);
    assertThat(clock.pausedSeconds()).isEqualTo(5400); // 10:00-11:30
  }

  @Test
  void exclusionStartingBeforeCreationIsClippedToTheClock() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:05"))
            .excluded(at("09:40"), at("08:00"), at("09:30"))
            .events();
    ClockResult clock = only(engine.fold(events, at("10:00")), Metric.RESOLUTION);
    assertThat(clock.elapsedSeconds()).isEqualTo(1800);
    assertThat(clock.pausedSeconds()).isEqualTo(1800);
  }

  @Test
  void timelineShowsTheExclusionAndItsReason() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:05"))
            .excluded(at("12:00"), at("10:00"), at("11:00"))
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.RESOLUTION);
    assertThat(clock.timeline())
        .containsExactly(
            new TimelineSegment(at("09:00"), at("10:00"), true, "e1: created, status new"),
            new TimelineSegment(
                at("10:00"), at("11:00"), false, "e3: excluded (customer-caused outage)"),
            new TimelineSegment(
                at("11:00"), at("12:00"), true, "end of e3 excluded; e1: created, status new"));
  }
}
