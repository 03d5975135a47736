package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.rome;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * first_response and resolution_plan: one cycle each, from created to the answer (SLA semantics
 * §3).
 */
class FirstResponseAndPlanTests {

  private final ClockEngine office =
      policy()
          .target(Metric.FIRST_RESPONSE, "P2", "2h", "rome-office")
          .target(Metric.RESOLUTION_PLAN, "P2", "4h", "rome-office")
          .engine();

  @Test
  void publicReplyStopsFirstResponseAsMet() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .publicReply(rome("2026-02-02 10:30"))
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 12:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.stoppedAt()).isEqualTo(rome("2026-02-02 10:30"));
    assertThat(clock.elapsedSeconds()).isEqualTo(5400);
    assertThat(clock.remainingSeconds()).isEqualTo(1800);
    // a met clock says when it would have been due: the remaining 30 min after the stop
    assertThat(clock.dueAt()).isEqualTo(rome("2026-02-02 11:00"));
    assertThat(clock.breachedAt()).isNull();
  }

  @Test
  void internalNoteDoesNotStopFirstResponse() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .internalNote(rome("2026-02-02 09:30"))
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 12:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
    assertThat(clock.stoppedAt()).isNull();
    assertThat(clock.elapsedSeconds()).isEqualTo(3 * 3600);
    assertThat(clock.breachedAt()).isEqualTo(rome("2026-02-02 11:00"));
    assertThat(clock.dueAt()).isEqualTo(clock.breachedAt());
    assertThat(clock.remainingSeconds()).isEqualTo(-3600);
  }

  @Test
  void resolutionStopsFirstResponseWhenNoReplyCameFirst() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .status(rome("2026-02-02 10:00"), TicketStatus.RESOLVED)
            .publicReply(rome("2026-02-02 11:00"))
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 12:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.stoppedAt()).isEqualTo(rome("2026-02-02 10:00"));
    assertThat(clock.elapsedSeconds()).isEqualTo(3600);
  }

  @Test
  void firstResponseDoesNotCountTheLunchBreak() {
    List<TicketEvent> events = ticket("T").created(rome("2026-02-02 12:30"), "P2").events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 14:30")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.elapsedSeconds()).isEqualTo(3600); // 12:30-13:00 and 14:00-14:30
    assertThat(clock.dueAt()).isEqualTo(rome("2026-02-02 15:30"));
  }

  @Test
  void waitingForCustomerDoesNotPauseFirstResponseByDefault() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .status(rome("2026-02-02 09:30"), TicketStatus.WAITING_CUSTOMER)
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 10:30")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock.elapsedSeconds()).isEqualTo(5400);
    assertThat(clock.pausedSeconds()).isZero();
  }

  @Test
  void planProvidedStopsResolutionPlan() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .planProvided(rome("2026-02-02 11:00"))
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 12:00")), Metric.RESOLUTION_PLAN);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.elapsedSeconds()).isEqualTo(7200);
  }

  @Test
  void waitingForCustomerPausesResolutionPlanByDefault() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .status(rome("2026-02-02 10:00"), TicketStatus.WAITING_CUSTOMER)
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 12:00")), Metric.RESOLUTION_PLAN);
    assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
    assertThat(clock.elapsedSeconds()).isEqualTo(3600);
    assertThat(clock.pausedSeconds()).isEqualTo(7200);
    assertThat(clock.dueAt()).as("no due instant while the remaining time is frozen").isNull();
  }

  @Test
  void resolutionStopsResolutionPlanWhenNoPlanCameFirst() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .status(rome("2026-02-02 09:45"), TicketStatus.CLOSED)
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 12:00")), Metric.RESOLUTION_PLAN);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.elapsedSeconds()).isEqualTo(2700);
  }

  @Test
  void aMetricWithoutTargetForThePriorityGivesNoClock() {
    List<TicketEvent> events = ticket("T").created(at("09:00"), "P4").events();
    assertThat(office.fold(events, at("10:00"))).isEmpty();
  }

  @Test
  void timelineNamesTheEventsThatStartedAndPausedTheClock() {
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-02-02 09:00"), "P2")
            .status(rome("2026-02-02 10:00"), TicketStatus.WAITING_CUSTOMER)
            .events();
    ClockResult clock = only(office.fold(events, rome("2026-02-02 12:00")), Metric.RESOLUTION_PLAN);
    assertThat(clock.timeline())
        .containsExactly(
            new TimelineSegment(
                rome("2026-02-02 09:00"),
                rome("2026-02-02 10:00"),
                true,
                "e1: created, status new"),
            new TimelineSegment(
                rome("2026-02-02 10:00"),
                rome("2026-02-02 12:00"),
                false,
                "e2: status_changed, status waiting_customer"));
  }
}
