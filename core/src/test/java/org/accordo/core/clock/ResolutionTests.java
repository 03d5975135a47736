package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.cycle;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.rome;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.ReopenRule;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The resolution clock: its pauses, what stops it, and reopens under resume and restart (SLA
 * semantics §3).
 */
class ResolutionTests {

  private final ClockEngine always =
      policy()
          .target(Metric.FIRST_RESPONSE, "P1", "2h", "24x7")
          .target(Metric.RESOLUTION, "P1", "4h", "24x7")
          .engine();

  @Test
  void waitingForThirdPartyDoesNotPauseResolutionByDefault() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("10:00"), TicketStatus.WAITING_THIRD_PARTY)
            .events();
    ClockResult clock = only(always.fold(events, at("12:00")), Metric.RESOLUTION);
    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.elapsedSeconds()).isEqualTo(3 * 3600);
  }

  @Test
  void pauseOnReplacesTheDefaultPauses() {
    ClockEngine engine =
        policy()
            .target(Metric.RESOLUTION, "P1", "4h", "24x7")
            .pauseOn(Metric.RESOLUTION, TicketStatus.WAITING_THIRD_PARTY)
            .engine();
    List<TicketEvent> waitingCustomer =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("10:00"), TicketStatus.WAITING_CUSTOMER)
            .events();
    List<TicketEvent> waitingThirdParty =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("10:00"), TicketStatus.WAITING_THIRD_PARTY)
            .events();
    assertThat(only(engine.fold(waitingCustomer, at("12:00")), Metric.RESOLUTION).elapsedSeconds())
        .isEqualTo(3 * 3600);
    assertThat(only(engine.fold(waitingThirdParty, at("12:00")), Metric.RESOLUTION).state())
        .isEqualTo(ClockState.PAUSED);
  }

  @Test
  void closedStopsResolutionLikeResolved() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P1").status(at("10:00"), TicketStatus.CLOSED).events();
    ClockResult clock = only(always.fold(events, at("12:00")), Metric.RESOLUTION);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.elapsedSeconds()).isEqualTo(3600);
    assertThat(clock.dueAt()).isEqualTo(at("13:00")); // stopped 10:00 + 3h left
  }

  @Test
  void closingAResolvedTicketIsNoReopen() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("10:00"), TicketStatus.RESOLVED)
            .status(at("11:00"), TicketStatus.CLOSED)
            .events();
    ClockResult clock = only(always.fold(events, at("12:00")), Metric.RESOLUTION);
    assertThat(clock.stoppedAt()).isEqualTo(at("10:00"));
  }

  @Test
  void reopenWithRestartStartsASecondResolutionCycle() {
    ClockEngine engine =
        policy()
            .target(Metric.RESOLUTION, "P2", "8h", "rome-office")
            .onReopen(ReopenRule.RESTART)
            .engine();
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .status(rome("2026-02-02 12:00"), TicketStatus.RESOLVED)
            .status(rome("2026-02-04 10:00"), TicketStatus.OPEN)
            .events();
    List<ClockResult> results = engine.fold(events, rome("2026-02-04 11:00"));
    ClockResult first = cycle(results, Metric.RESOLUTION, 1);
    ClockResult second = cycle(results, Metric.RESOLUTION, 2);
    assertThat(first.state()).isEqualTo(ClockState.MET);
    assertThat(first.elapsedSeconds()).isEqualTo(3 * 3600);
    assertThat(second.startedAt()).isEqualTo(rome("2026-02-04 10:00"));
    assertThat(second.elapsedSeconds()).isEqualTo(3600);
    // 7h left from Wed 11:00: 11-13, 14-18 (6h), Thu 09-10
    assertThat(second.dueAt()).isEqualTo(rome("2026-02-05 10:00"));
  }

  @Test
  void reopenWithResumeCanBreachAfterTheReopen() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("11:00"), TicketStatus.RESOLVED)
            .status(at("15:00"), TicketStatus.IN_PROGRESS)
            .events();
    ClockResult clock = only(always.fold(events, at("18:00")), Metric.RESOLUTION);
    assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
    assertThat(clock.elapsedSeconds()).isEqualTo(5 * 3600); // 09-11 and 15-18
    assertThat(clock.breachedAt()).isEqualTo(at("17:00"));
    assertThat(clock.pausedSeconds())
        .as("time spent resolved is neither counting nor paused")
        .isZero();
    assertThat(clock.stoppedAt()).isNull();
  }

  @Test
  void reopenRestartsNoOtherMetric() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:30"))
            .status(at("10:00"), TicketStatus.RESOLVED)
            .status(at("11:00"), TicketStatus.OPEN)
            .events();
    List<ClockResult> results = always.fold(events, at("12:00"));
    assertThat(results).filteredOn(r -> r.metric() == Metric.FIRST_RESPONSE).hasSize(1);
    assertThat(only(results, Metric.FIRST_RESPONSE).stoppedAt()).isEqualTo(at("09:30"));
  }

  @Test
  void timelineShowsTheResolvedStretchAsNotCounting() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("11:00"), TicketStatus.RESOLVED)
            .status(at("15:00"), TicketStatus.OPEN)
            .events();
    ClockResult clock = only(always.fold(events, at("16:00")), Metric.RESOLUTION);
    assertThat(clock.timeline())
        .containsExactly(
            new TimelineSegment(at("09:00"), at("11:00"), true, "e1: created, status new"),
            new TimelineSegment(
                at("11:00"), at("15:00"), false, "e2: status_changed, status resolved"),
            new TimelineSegment(at("15:00"), at("16:00"), true, "e3: status_changed, status open"));
  }
}
