package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.cycle;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.rome;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.accordo.core.clock.ClockFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.PriorityChangeRule;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * Priority changes under retroactive and restart, including changes while paused (SLA semantics
 * §3).
 */
class PriorityChangeTests {

  private static ClockFixtures.PolicyBuilder targets() {
    return policy()
        .target(Metric.FIRST_RESPONSE, "P1", "30m", "24x7")
        .target(Metric.FIRST_RESPONSE, "P3", "4h", "24x7")
        .target(Metric.RESOLUTION, "P1", "1h", "24x7")
        .target(Metric.RESOLUTION, "P3", "4h", "24x7")
        .target(Metric.PERIODIC_UPDATE, "P1", "1h", "24x7");
  }

  private final ClockEngine retroactive = targets().engine();
  private final ClockEngine restart =
      targets().onPriorityChange(PriorityChangeRule.RESTART).engine();

  @Test
  void retroactiveUpgradeMeasuresFromTheOriginalStartAndCanBreachInThePast() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P3").priority(at("09:40"), "P1").events();
    ClockResult clock = only(retroactive.fold(events, at("09:50")), Metric.FIRST_RESPONSE);
    assertThat(clock.priority()).isEqualTo("P1");
    assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
    assertThat(clock.breachedAt()).isEqualTo(at("09:30"));
  }

  @Test
  void retroactiveChangeTakesTheCalendarOfTheNewPriority() {
    ClockEngine engine =
        policy()
            .target(Metric.FIRST_RESPONSE, "P1", "1h", "24x7")
            .target(Metric.FIRST_RESPONSE, "P3", "4h", "rome-office")
            .engine();
    List<TicketEvent> events =
        ticket("T")
            .created(rome("2026-01-10 11:00"), "P3")
            .priority(rome("2026-01-10 12:00"), "P1")
            .events();
    ClockResult clock = only(engine.fold(events, rome("2026-01-10 12:30")), Metric.FIRST_RESPONSE);
    assertThat(clock.calendar()).isEqualTo("24x7");
    assertThat(clock.elapsedSeconds()).isEqualTo(5400); // a Saturday counts on 24x7
    assertThat(clock.breachedAt()).isEqualTo(utc("2026-01-10T11:00:00Z"));
  }

  @Test
  void priorityChangeDoesNotTouchAStoppedClock() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P3")
            .publicReply(at("09:10"))
            .priority(at("10:00"), "P1")
            .events();
    ClockResult clock = only(retroactive.fold(events, at("11:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.priority()).isEqualTo("P3");
    assertThat(clock.state()).isEqualTo(ClockState.MET);
  }

  @Test
  void retroactiveChangeWhilePausedKeepsThePausedTimePaused() {
    ClockEngine engine =
        targets().pauseOn(Metric.RESOLUTION, TicketStatus.WAITING_CUSTOMER).engine();
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P3")
            .publicReply(at("09:01"))
            .status(at("09:15"), TicketStatus.WAITING_CUSTOMER)
            .priority(at("10:00"), "P1")
            .status(at("11:00"), TicketStatus.OPEN)
            .events();
    ClockResult clock = only(engine.fold(events, at("11:30")), Metric.RESOLUTION);
    assertThat(clock.priority()).isEqualTo("P1");
    assertThat(clock.elapsedSeconds()).isEqualTo(2700); // 09:00-09:15 and 11:00-11:30
    assertThat(clock.pausedSeconds()).isEqualTo(6300);
    assertThat(clock.dueAt()).isEqualTo(at("11:45"));
  }

  @Test
  void restartSupersedesTheRunningCycleAndStartsANewOne() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P3").priority(at("10:00"), "P1").events();
    List<ClockResult> results = restart.fold(events, at("10:10"));
    ClockResult old = cycle(results, Metric.RESOLUTION, 1);
    ClockResult fresh = cycle(results, Metric.RESOLUTION, 2);
    assertThat(old.state()).isEqualTo(ClockState.SUPERSEDED);
    assertThat(old.priority()).isEqualTo("P3");
    assertThat(old.stoppedAt()).isEqualTo(at("10:00"));
    assertThat(old.elapsedSeconds()).isEqualTo(3600);
    assertThat(old.dueAt()).isNull();
    assertThat(fresh.priority()).isEqualTo("P1");
    assertThat(fresh.startedAt()).isEqualTo(at("10:00"));
    assertThat(fresh.state()).isEqualTo(ClockState.RUNNING);
    assertThat(fresh.dueAt()).isEqualTo(at("11:00"));
  }

  @Test
  void restartWhilePausedStartsTheNewCyclePaused() {
    ClockEngine engine =
        targets()
            .pauseOn(Metric.RESOLUTION, TicketStatus.WAITING_CUSTOMER)
            .onPriorityChange(PriorityChangeRule.RESTART)
            .engine();
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P3")
            .status(at("09:30"), TicketStatus.WAITING_CUSTOMER)
            .priority(at("10:00"), "P1")
            .events();
    List<ClockResult> results = engine.fold(events, at("10:30"));
    ClockResult old = cycle(results, Metric.RESOLUTION, 1);
    ClockResult fresh = cycle(results, Metric.RESOLUTION, 2);
    assertThat(old.elapsedSeconds()).isEqualTo(1800);
    assertThat(old.pausedSeconds()).isEqualTo(1800);
    assertThat(fresh.state()).isEqualTo(ClockState.PAUSED);
    assertThat(fresh.elapsedSeconds()).isZero();
    assertThat(fresh.pausedSeconds()).isEqualTo(1800);
  }

  @Test
  void retroactiveDowngradeToAPriorityWithoutTargetGivesNoResult() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:10"))
            .priority(at("09:20"), "P3")
            .events();
    assertThat(retroactive.fold(events, at("10:00")))
        .noneMatch(r -> r.metric() == Metric.PERIODIC_UPDATE);
  }

  @Test
  void retroactiveUpgradeMeasuresAnUpdateCycleStartedBeforeIt() {
    List<TicketEvent> events =
        ticket("T")
            .created(at("09:00"), "P3")
            .publicReply(at("09:10"))
            .priority(at("09:20"), "P1")
            .events();
    ClockResult clock = only(retroactive.fold(events, at("10:30")), Metric.PERIODIC_UPDATE);
    assertThat(clock.priority()).isEqualTo("P1");
    assertThat(clock.startedAt()).isEqualTo(at("09:10"));
    assertThat(clock.breachedAt()).isEqualTo(at("10:10"));
  }

  @Test
  void restartGivesNoResultForAPriorityWithoutTarget() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P3").publicReply(at("09:10")).events();
    assertThat(restart.fold(events, at("10:00")))
        .noneMatch(r -> r.metric() == Metric.PERIODIC_UPDATE);
  }

  @Test
  void restartUpgradeStartsAPlanCycleThatHadNoTargetBefore() {
    // SLA semantics §6, first example: the P3 plan cycle gives no result, the P1 one is met
    ClockEngine engine =
        policy()
            .target(Metric.RESOLUTION_PLAN, "P1", "1h", "24x7")
            .onPriorityChange(PriorityChangeRule.RESTART)
            .engine();
    List<TicketEvent> events =
        ticket("T")
            .created(at("10:00"), "P3")
            .priority(at("11:00"), "P1")
            .planProvided(at("11:40"))
            .events();
    ClockResult plan = only(engine.fold(events, at("12:00")), Metric.RESOLUTION_PLAN);
    assertThat(plan.cycle()).isEqualTo(2);
    assertThat(plan.priority()).isEqualTo("P1");
    assertThat(plan.startedAt()).isEqualTo(at("11:00"));
    assertThat(plan.state()).isEqualTo(ClockState.MET);
    assertThat(plan.elapsedSeconds()).isEqualTo(2400);
  }

  @Test
  void restartUpgradeStartsAnUpdateCycleThatHadNoTargetBefore() {
    // SLA semantics §6, second example: the reply at 10:30 began update cycle 1 under P3
    ClockEngine engine =
        policy()
            .target(Metric.PERIODIC_UPDATE, "P1", "2h", "24x7")
            .onPriorityChange(PriorityChangeRule.RESTART)
            .engine();
    List<TicketEvent> events =
        ticket("T")
            .created(at("10:00"), "P3")
            .publicReply(at("10:30"))
            .priority(at("11:00"), "P1")
            .events();
    ClockResult update = only(engine.fold(events, at("11:30")), Metric.PERIODIC_UPDATE);
    assertThat(update.cycle()).isEqualTo(2);
    assertThat(update.priority()).isEqualTo("P1");
    assertThat(update.startedAt()).isEqualTo(at("11:00"));
    assertThat(update.state()).isEqualTo(ClockState.RUNNING);
    assertThat(update.dueAt()).isEqualTo(at("13:00"));
  }

  @Test
  void changeToTheSamePriorityIsNoChange() {
    List<TicketEvent> events =
        ticket("T").created(at("09:00"), "P3").priority(at("10:00"), "P3").events();
    assertThat(restart.fold(events, at("11:00")))
        .filteredOn(r -> r.metric() == Metric.RESOLUTION)
        .hasSize(1);
  }
}
