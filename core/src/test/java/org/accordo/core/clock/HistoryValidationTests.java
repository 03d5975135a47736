package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.at;
import static org.accordo.core.clock.ClockFixtures.policy;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid histories are refused with an error naming the ticket and the event (SLA semantics §2).
 */
class HistoryValidationTests {

  private final ClockEngine engine =
      policy().target(Metric.RESOLUTION, "P1", "4h", "24x7").engine();

  static Stream<Arguments> invalidHistories() {
    return Stream.of(
        // no created at all
        Arguments.of(
            List.of(TicketEvent.statusChanged("T-1", "e1", at("09:00"), TicketStatus.OPEN)),
            "ticket T-1: the history has no created event"),
        // two created events: the later one is named
        Arguments.of(
            List.of(
                TicketEvent.created("T-1", "e1", at("09:00"), "P1"),
                TicketEvent.created("T-1", "e2", at("09:30"), "P1")),
            "ticket T-1, event e2: a second created event (the first is e1)"),
        // an event dated before created, even if it arrived after it
        Arguments.of(
            List.of(
                TicketEvent.created("T-1", "e1", at("09:00"), "P1"),
                TicketEvent.statusChanged("T-1", "e2", at("08:59"), TicketStatus.OPEN)),
            "ticket T-1, event e2: dated 2026-02-02T08:59:00Z, before the ticket was created (e1 at 2026-02-02T09:00:00Z)"),
        // an event later than now
        Arguments.of(
            List.of(
                TicketEvent.created("T-1", "e1", at("09:00"), "P1"),
                TicketEvent.statusChanged("T-1", "e2", at("12:01"), TicketStatus.OPEN)),
            "ticket T-1, event e2: dated 2026-02-02T12:01:00Z, later than now (2026-02-02T12:00:00Z)"),
        // created at a priority the contract does not define
        Arguments.of(
            List.of(TicketEvent.created("T-1", "e1", at("09:00"), "P9")),
            "ticket T-1, event e1: priority 'P9' is not defined by the contract, which defines [P1, P2, P3, P4]"),
        // changed to a priority the contract does not define
        Arguments.of(
            List.of(
                TicketEvent.created("T-1", "e1", at("09:00"), "P1"),
                TicketEvent.priorityChanged("T-1", "e2", at("09:10"), "urgent")),
            "ticket T-1, event e2: priority 'urgent' is not defined by the contract, which defines [P1, P2, P3, P4]"),
        // created before the supported years (the calendar cannot count there)
        Arguments.of(
            List.of(TicketEvent.created("T-1", "e1", Instant.parse("0001-01-02T10:00:00Z"), "P1")),
            "ticket T-1, event e1: dated 0001-01-02T10:00:00Z, outside the supported years 1583 to 9999"),
        // an instant so far out that its epoch milliseconds overflow a long
        Arguments.of(
            List.of(
                TicketEvent.created("T-1", "e1", at("09:00"), "P1"),
                TicketEvent.statusChanged("T-1", "e2", Instant.MAX, TicketStatus.OPEN)),
            "ticket T-1, event e2: dated +1000000000-12-31T23:59:59.999999999Z, outside the supported years 1583 to 9999"),
        // an exclusion reaching out of the supported years
        Arguments.of(
            List.of(
                TicketEvent.created("T-1", "e1", at("09:00"), "P1"),
                TicketEvent.excluded(
                    "T-1",
                    "e2",
                    at("09:10"),
                    new Exclusion(Instant.MIN, at("09:30"), "outage", Set.of()))),
            "ticket T-1, event e2: excludes -1000000000-01-01T00:00:00Z to 2026-02-02T09:30:00Z, not within the supported years 1583 to 9999"));
  }

  @ParameterizedTest
  @MethodSource("invalidHistories")
  void refusesInvalidHistoryNamingTicketAndEvent(List<TicketEvent> events, String message) {
    assertThatThrownBy(() -> engine.fold(events, at("12:00")))
        .isInstanceOf(InvalidTicketHistory.class)
        .hasMessage(message);
  }

  @Test
  void refusesANowOutsideTheSupportedYears() {
    List<TicketEvent> events = List.of(TicketEvent.created("T-1", "e1", at("09:00"), "P1"));

    assertThatThrownBy(() -> engine.fold(events, Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the supported years 1583 to 9999");
  }
}
