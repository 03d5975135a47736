package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.rome;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.accordo.core.clock.ClockFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.core.escalation.EscalationCrossing;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * Cancellation stops every clock; escalation thresholds report when they were or will be crossed.
 */
class CancellationAndEscalationTests {

  private final ClockEngine engine =
      policy()
          .target(Metric.FIRST_RESPONSE, "P1", "1h", "24x7")
          .escalation(0.5, "L1")
          .escalation(1.0, "L2")
          .engine();

  @Test
  void cancellationStopsARunningClockThere() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P1").cancelled(at("09:30")).events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
    assertThat(clock.stoppedAt()).isEqualTo(at("09:30"));
    assertThat(clock.elapsedSeconds()).isEqualTo(1800);
    assertThat(clock.breachedAt())
        .as("a cancelled ticket cannot breach after it left the SLA")
        .isNull();
    assertThat(clock.dueAt()).isNull();
    assertThat(clock.escalations()).extracting(EscalationCrossing::expectedAt).containsOnlyNulls();
  }

  @Test
  void cancellationKeepsABreachThatCameBefore() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P1").cancelled(at("10:30")).events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
    assertThat(clock.breachedAt()).isEqualTo(at("10:00"));
    assertThat(clock.elapsedSeconds()).isEqualTo(5400);
  }

  @Test
  void clockStoppedBeforeCancellationKeepsItsStop() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .cancelled(at("09:30"))
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
    assertThat(clock.stoppedAt()).isEqualTo(at("09:10"));
  }

  @Test
  void runningClockReportsCrossedAndExpectedThresholds() {
    ClockEngine three =
        policy()
            .target(Metric.FIRST_RESPONSE, "P1", "2h", "24x7")
            .escalation(0.5, "L1")
            .escalation(0.75, "L2")
            .escalation(1.0, "L3")
            .engine();
    ClockResult clock =
        only(
            three.fold(ticket("T").created(at("09:00"), "P1").events(), at("10:15")),
            Metric.FIRST_RESPONSE);
    assertThat(clock.escalations())
        .containsExactly(
            new EscalationCrossing(0.5, "L1", at("10:00"), null),
            new EscalationCrossing(0.75, "L2", null, at("10:30")),
            new EscalationCrossing(1.0, "L3", null, at("11:00")));
  }

  @Test
  void expectedThresholdFollowsBusinessHours() {
    ClockEngine office =
        policy()
            .target(Metric.FIRST_RESPONSE, "P2", "2h", "rome-office")
            .escalation(0.75, "L1")
            .engine();
    List<TicketEvent> events = ticket("T").created(rome("2026-01-09 17:30"), "P2").events();
    ClockResult clock = only(office.fold(events, rome("2026-01-09 17:45")), Metric.FIRST_RESPONSE);
    // 90 min threshold, 15 counted: 15 more on Friday, 60 on Monday from 09:00 CET
    assertThat(clock.escalations())
        .containsExactly(new EscalationCrossing(0.75, "L1", null, utc("2026-01-12T09:00:00Z")));
  }

  @Test
  void pausedClockExpectsNoCrossing() {
    ClockEngine paused =
        policy().target(Metric.RESOLUTION, "P1", "1h", "24x7").escalation(0.5, "L1").engine();
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("09:10"), TicketStatus.WAITING_CUSTOMER)
            .events();
    ClockResult clock = only(paused.fold(events, at("10:00")), Metric.RESOLUTION);
    assertThat(clock.escalations()).containsExactly(new EscalationCrossing(0.5, "L1", null, null));
  }

  @Test
  void thresholdBeyondTheTargetIsExpectedOnABreachedRunningClock() {
    ClockEngine late =
        policy()
            .target(Metric.FIRST_RESPONSE, "P1", "1h", "24x7")
            .escalation(1.0, "L2")
            .escalation(1.5, "L3")
            .engine();
    ClockResult clock =
        only(
            late.fold(ticket("T").created(at("09:00"), "P1").events(), at("10:15")),
            Metric.FIRST_RESPONSE);
    assertThat(clock.escalations())
        .containsExactly(
            new EscalationCrossing(1.0, "L2", at("10:00"), null),
            new EscalationCrossing(1.5, "L3", null, at("10:30")));
  }

  @Test
  void clockStoppedExactlyAtTheTargetIsMetButHasReachedFullThreshold() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P1").publicReply(at("10:00")).events();
    ClockResult clock = only(engine.fold(events, at("11:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.breachedAt()).isNull();
    assertThat(clock.escalations())
        .containsExactly(
            new EscalationCrossing(0.5, "L1", at("09:30"), null),
            new EscalationCrossing(1.0, "L2", at("10:00"), null));
  }
}
