package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.only;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.accordo.core.clock.ClockFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/** Late and out-of-order events: the fold orders by instant, so only ties depend on arrival. */
class ArrivalOrderTests {

  private final ClockEngine engine =
      policy()
          .target(Metric.FIRST_RESPONSE, "P1", "1h", "24x7")
          .target(Metric.RESOLUTION, "P1", "2h", "24x7")
          .engine();

  @Test
  void reversedArrivalGivesTheSameResults() {
    List<TicketEvent> inOrder =
        ticket("T")
            .created(at("09:00"), "P1")
            .status(at("09:20"), TicketStatus.WAITING_CUSTOMER)
            .status(at("10:00"), TicketStatus.OPEN)
            .publicReply(at("10:30"))
            .events();
    List<TicketEvent> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);
    assertThat(engine.fold(reversed, at("12:00"))).isEqualTo(engine.fold(inOrder, at("12:00")));
  }

  @Test
  void lateStatusChangePutsTheBreachInThePast() {
    List<TicketEvent> before =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:05"))
            .status(at("09:30"), TicketStatus.WAITING_CUSTOMER)
            .events();
    assertThat(only(engine.fold(before, at("12:00")), Metric.RESOLUTION).state())
        .isEqualTo(ClockState.PAUSED);
    List<TicketEvent> after = new ArrayList<>(before);
    after.add(
        TicketEvent.statusChanged("T", "e9", at("10:00"), TicketStatus.OPEN)); // recorded late
    ClockResult clock = only(engine.fold(after, at("12:00")), Metric.RESOLUTION);
    assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
    assertThat(clock.breachedAt())
        .isEqualTo(at("11:30")); // 30 min before the pause, 90 min after it
  }

  @Test
  void eventsAtTheSameInstantApplyInArrivalOrder() {
    List<TicketEvent> openLast =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:05"))
            .status(at("10:00"), TicketStatus.WAITING_CUSTOMER)
            .status(at("10:00"), TicketStatus.OPEN)
            .events();
    List<TicketEvent> waitingLast =
        ticket("T")
            .created(at("09:00"), "P1")
            .publicReply(at("09:05"))
            .status(at("10:00"), TicketStatus.OPEN)
            .status(at("10:00"), TicketStatus.WAITING_CUSTOMER)
            .events();
    assertThat(only(engine.fold(openLast, at("10:30")), Metric.RESOLUTION).state())
        .isEqualTo(ClockState.RUNNING);
    assertThat(only(engine.fold(waitingLast, at("10:30")), Metric.RESOLUTION).state())
        .isEqualTo(ClockState.PAUSED);
  }

  @Test
  void createdFirstAmongEventsOfItsInstant() {
    List<TicketEvent> events =
        List.of(
            TicketEvent.agentReplied("T", "e2", at("09:00"), ReplyVisibility.PUBLIC),
            TicketEvent.created("T", "e1", at("09:00"), "P1"));
    ClockResult clock = only(engine.fold(events, at("10:00")), Metric.FIRST_RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.MET);
    assertThat(clock.elapsedSeconds()).isZero();
  }

  @Test
  void replayGroupsInterleavedTicketsAndOrdersByTicket() {
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.created("T-2", "a1", at("09:00"), "P1"));
    events.add(TicketEvent.created("T-1", "b1", at("09:10"), "P1"));
    events.add(TicketEvent.agentReplied("T-2", "a2", at("09:20"), ReplyVisibility.PUBLIC));
    assertThat(engine.replay(events, at("10:00")))
        .extracting(r -> r.ticket() + " " + r.metric())
        .containsExactly(
            "T-1 first_response", "T-1 resolution", "T-2 first_response", "T-2 resolution");
  }
}
