package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.cycle;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * next_reply and periodic_update: many cycles, and what resolution does to them (SLA semantics §3).
 */
class RepliesAndUpdatesTests {

  private final ClockEngine engine =
      policy()
          .target(Metric.NEXT_REPLY, "P1", "1h", "24x7")
          .target(Metric.PERIODIC_UPDATE, "P1", "1h", "24x7")
          .engine();

  private List<ClockResult> of(Metric metric, List<ClockResult> results) {
    return results.stream().filter(r -> r.metric() == metric).toList();
  }

  @Test
  void customerReplyStartsNextReplyAndPublicReplyStopsIt() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .customerReplied(at("10:00"))
            .publicReply(at("10:20"))
            .events();
    ClockResult clock = only(engine.fold(events, at("11:00")), Metric.NEXT_REPLY);
    assertThat(clock.startedAt()).isEqualTo(at("10:00"));
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.elapsedSeconds()).isEqualTo(1200);
  }

  @Test
  void secondCustomerReplyWhileACycleRunsStartsNoOther() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .customerReplied(at("10:00"))
            .customerReplied(at("10:30"))
            .publicReply(at("11:30"))
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.NEXT_REPLY);
    assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
    assertThat(clock.stoppedAt()).isEqualTo(at("11:30"));
    assertThat(clock.breachedAt()).isEqualTo(at("11:00"));
    assertThat(clock.elapsedSeconds()).isEqualTo(5400);
  }

  @Test
  void eachCustomerReplyAfterAnAnswerStartsANewCycle() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .customerReplied(at("10:00"))
            .publicReply(at("10:10"))
            .customerReplied(at("12:00"))
            .publicReply(at("12:05"))
            .events();
    List<ClockResult> results = engine.fold(events, at("13:00"));
    assertThat(cycle(results, Metric.NEXT_REPLY, 1).elapsedSeconds()).isEqualTo(600);
    assertThat(cycle(results, Metric.NEXT_REPLY, 2).elapsedSeconds()).isEqualTo(300);
  }

  @Test
  void resolutionAnswersARunningNextReply() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .customerReplied(at("10:00"))
            .status(at("10:30"), TicketStatus.RESOLVED)
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.NEXT_REPLY);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.stoppedAt()).isEqualTo(at("10:30"));
  }

  @Test
  void customerReplyOnAResolvedTicketStartsNoNextReply() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("09:10"), TicketStatus.RESOLVED)
            .customerReplied(at("09:20"))
            .events();
    assertThat(of(Metric.NEXT_REPLY, engine.fold(events, at("12:00")))).isEmpty();
  }

  @Test
  void eachPublicReplyStartsAPeriodicUpdateCycle() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .publicReply(at("09:50"))
            .events();
    List<ClockResult> results = engine.fold(events, at("10:20"));
    ClockResult first = cycle(results, Metric.PERIODIC_UPDATE, 1);
    ClockResult second = cycle(results, Metric.PERIODIC_UPDATE, 2);
    assertThat(first.state()).isEqualTo(ClockState.MET);
    assertThat(first.elapsedSeconds()).isEqualTo(2400);
    assertThat(second.state()).isEqualTo(ClockState.RUNNING);
    assertThat(second.elapsedSeconds()).isEqualTo(1800);
    assertThat(second.dueAt()).isEqualTo(at("10:50"));
  }

  @Test
  void onHoldPausesPeriodicUpdateByDefault() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .status(at("09:30"), TicketStatus.ON_HOLD)
            .events();
    ClockResult clock = only(engine.fold(events, at("11:00")), Metric.PERIODIC_UPDATE);
    assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
    assertThat(clock.elapsedSeconds()).isEqualTo(1200);
    assertThat(clock.pausedSeconds()).isEqualTo(5400);
  }

  @Test
  void periodicUpdateOnTimeAtResolutionIsReportedMetThere() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .status(at("09:40"), TicketStatus.RESOLVED)
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.PERIODIC_UPDATE);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.stoppedAt()).isEqualTo(at("09:40"));
    assertThat(clock.elapsedSeconds()).isEqualTo(1800);
    assertThat(clock.dueAt()).isEqualTo(at("10:10"));
  }

  @Test
  void periodicUpdateBegunAtTheResolutionInstantGivesNoResult() {
    // a public reply and the resolution at the same instant: the cycle never ran
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .publicReply(at("09:40"))
            .status(at("09:40"), TicketStatus.RESOLVED)
            .events();
    List<ClockResult> updates = of(Metric.PERIODIC_UPDATE, engine.fold(events, at("12:00")));
    assertThat(updates).extracting(ClockResult::cycle).containsExactly(1);
    assertThat(updates.get(0).stoppedAt()).isEqualTo(at("09:40"));
  }

  @Test
  void periodicUpdateBreachedAtResolutionIsReportedStoppedThere() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .status(at("10:40"), TicketStatus.RESOLVED)
            .events();
    ClockResult clock = only(engine.fold(events, at("12:00")), Metric.PERIODIC_UPDATE);
    assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
    assertThat(clock.stoppedAt()).isEqualTo(at("10:40"));
    assertThat(clock.breachedAt()).isEqualTo(at("10:10"));
    assertThat(clock.elapsedSeconds()).isEqualTo(5400);
  }

  @Test
  void internalNotesStartNoPeriodicUpdate() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P1").internalNote(at("09:10")).events();
    assertThat(of(Metric.PERIODIC_UPDATE, engine.fold(events, at("12:00")))).isEmpty();
  }

  @Test
  void publicReplyOnAResolvedTicketStartsNoPeriodicUpdate() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .status(at("09:20"), TicketStatus.RESOLVED)
            .publicReply(at("09:30"))
            .events();
    List<ClockResult> updates = of(Metric.PERIODIC_UPDATE, engine.fold(events, at("12:00")));
    assertThat(updates).extracting(ClockResult::cycle).containsExactly(1);
    assertThat(updates.get(0).stoppedAt()).isEqualTo(at("09:20"));
  }

  @Test
  void aCycleWithoutResultStillCountsInTheNumbering() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .status(at("09:10"), TicketStatus.RESOLVED)
            .status(at("09:30"), TicketStatus.OPEN)
            .publicReply(at("09:40"))
            .events();
    List<ClockResult> updates = of(Metric.PERIODIC_UPDATE, engine.fold(events, at("10:00")));
    assertThat(updates).extracting(ClockResult::cycle).containsExactly(2);
  }
}
