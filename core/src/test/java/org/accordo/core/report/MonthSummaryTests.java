package org.accordo.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractFixtures;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * March 2026 of the reference contract (in force from 1 January 2026) closed on 1 May with a few
 * hand-made tickets whose every clock is worked out in the comments: what the first page counts,
 * and the clocks still open at the end of March in their state then.
 */
class MonthSummaryTests {

  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
  private static PeriodReport march;

  /** A ticket's events, built in arrival order. */
  private static final class Ticket {
    private final String id;
    private final List<TicketEvent> events = new ArrayList<>();

    Ticket(String id, String created, String priority) {
      this.id = id;
      events.add(TicketEvent.created(id, id + "-1", Instant.parse(created), priority));
    }

    Ticket reply(String at) {
      events.add(TicketEvent.agentReplied(id, next(), Instant.parse(at), ReplyVisibility.PUBLIC));
      return this;
    }

    Ticket resolved(String at) {
      events.add(TicketEvent.statusChanged(id, next(), Instant.parse(at), TicketStatus.RESOLVED));
      return this;
    }

    Ticket priority(String at, String priority) {
      events.add(TicketEvent.priorityChanged(id, next(), Instant.parse(at), priority));
      return this;
    }

    Ticket cancelled(String at) {
      events.add(TicketEvent.of(id, next(), EventType.CANCELLED, Instant.parse(at)));
      return this;
    }

    TicketHistory named(String number, String subject) {
      return new TicketHistory(
          new TicketReference(id, number, Optional.ofNullable(subject)), Optional.empty(), events);
    }

    private String next() {
      return id + "-" + (events.size() + 1);
    }
  }

  @BeforeAll
  static void closeMarch() {
    Contract contract = ContractFixtures.bianchiContract();
    List<TicketHistory> tickets =
        List.of(
            // P1 opened 31 March 22:00 Rome, replied after 10 min, resolved 1 April 04:00 Rome.
            // At March's end (22:00Z) resolution has counted 2 h of 4 h and the update cycle
            // begun at the reply 1 h 50 min of 1 h: breached at 21:10Z, still running.
            new Ticket("A", "2026-03-31T20:00:00Z", "P1")
                .reply("2026-03-31T20:10:00Z")
                .resolved("2026-04-01T02:00:00Z")
                .named("INC-1001", "Mail server down"),
            // P4 of February, every clock met in February. (The tickets resolved in a month are of
            // priorities without an update target, so no update cycle runs at a resolution.)
            new Ticket("B", "2026-02-20T09:00:00Z", "P4")
                .reply("2026-02-20T09:30:00Z")
                .resolved("2026-02-20T12:00:00Z")
                .named("INC-0999", null),
            // P4 raised to P3 (retroactive): first response 2 h of 4 h, resolution 5 h of 24 h.
            new Ticket("C", "2026-03-10T09:00:00Z", "P4")
                .priority("2026-03-10T10:00:00Z", "P3")
                .reply("2026-03-10T11:00:00Z")
                .resolved("2026-03-10T15:00:00Z")
                .named("INC-1002", "Printer jams"),
            // P4 cancelled after an hour.
            new Ticket("D", "2026-03-05T09:00:00Z", "P4")
                .cancelled("2026-03-05T10:00:00Z")
                .named("INC-1003", null),
            // P2 at March's end, raised to P1 in April, never answered: by the end both clocks had
            // passed their P2 targets and still ran.
            new Ticket("E", "2026-03-30T08:00:00Z", "P2")
                .priority("2026-04-02T08:00:00Z", "P1")
                .named("INC-1004", null),
            // P3 answered after 4 h 30 min of office time (first response breached at 14:00Z),
            // resolved an hour later.
            new Ticket("F", "2026-03-03T09:00:00Z", "P3")
                .reply("2026-03-03T14:30:00Z")
                .resolved("2026-03-03T15:00:00Z")
                .named("INC-1005", "VPN refuses logins"));
    march =
        ContractClose.close(
            contract,
            ContractClose.period(contract, YearMonth.of(2026, 3)),
            tickets,
            List.of(),
            NOW);
  }

  @Test
  void countsTicketsUnderTheirPriorityAtTheEndOfTheMonth() {
    assertThat(march.summary().tickets())
        .containsExactly(
            // A open at the end
            new TicketCount("P1", 1, 0, 1, 0),
            // E open (raised to P1 only in April)
            new TicketCount("P2", 1, 0, 1, 0),
            // C (raised from P4) and F resolved, F with a breach
            new TicketCount("P3", 2, 2, 0, 1),
            // D cancelled: opened, neither resolved nor open
            new TicketCount("P4", 1, 0, 0, 0));
  }

  @Test
  void comparesEachMetricWithTheMonthsBeforeWhileTheContractWasInForce() {
    // December 2025 is before the contract: only February and January are compared.
    assertThat(march.summary().trend())
        .containsExactly(
            new MetricTrend(
                Metric.FIRST_RESPONSE,
                List.of(
                    new MonthCompliance(YearMonth.of(2026, 3), 2, 1),
                    new MonthCompliance(YearMonth.of(2026, 2), 1, 0),
                    new MonthCompliance(YearMonth.of(2026, 1), 0, 0))),
            new MetricTrend(
                Metric.PERIODIC_UPDATE,
                List.of(
                    // A's update cycles stop in April: no update stopped in these months
                    new MonthCompliance(YearMonth.of(2026, 3), 0, 0),
                    new MonthCompliance(YearMonth.of(2026, 2), 0, 0),
                    new MonthCompliance(YearMonth.of(2026, 1), 0, 0))),
            new MetricTrend(
                Metric.RESOLUTION,
                List.of(
                    new MonthCompliance(YearMonth.of(2026, 3), 2, 0),
                    new MonthCompliance(YearMonth.of(2026, 2), 1, 0),
                    new MonthCompliance(YearMonth.of(2026, 1), 0, 0))));
    assertThat(march.summary().trend().get(1).months().get(0).shareMet()).isEmpty();
  }

  @Test
  void aTargetNoClockStoppedUnderHasARowWithoutAShare() {
    assertThat(march.compliance())
        .filteredOn(r -> r.metric() == Metric.PERIODIC_UPDATE && r.priority().equals("P2"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.met() + row.breached()).isZero();
              assertThat(row.shareMet()).isEmpty();
            });
    // one row per target of the SLA: 4 first response, 2 periodic update, 4 resolution
    assertThat(march.compliance()).hasSize(10);
  }

  @Test
  void listsTheClocksOpenAtTheEndInTheirStateThenNotAsOfToday() {
    // E's first response and resolution, A's resolution and update cycle; by 1 May A's clocks have
    // stopped (its resolution breached in April), but the report says how they stood on 31 March.
    assertThat(march.open())
        .extracting(c -> c.ticket() + " " + c.metric().id() + " " + c.state().id())
        .containsExactlyInAnyOrder(
            "E first_response breached",
            "E resolution breached",
            "A resolution running",
            "A periodic_update breached");
    ClockFact resolution = open("A", Metric.RESOLUTION);
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(resolution.stoppedAt()).isEmpty();
    assertThat(resolution.breachedAt()).isEmpty();
    ClockFact update = open("A", Metric.PERIODIC_UPDATE);
    assertThat(update.state()).isEqualTo(ClockState.BREACHED);
    assertThat(update.breachedAt()).contains(Instant.parse("2026-03-31T21:10:00Z"));
    assertThat(update.elapsed()).isEqualTo(Duration.ofMinutes(110));
    // E was P2 then: its first response is measured against the P2 target
    assertThat(open("E", Metric.FIRST_RESPONSE).priority()).isEqualTo("P2");
  }

  @Test
  void namesTheTicketsItListsByTheirNumberAndSubject() {
    assertThat(march.ticket("A"))
        .isEqualTo(new TicketReference("A", "INC-1001", Optional.of("Mail server down")));
    assertThat(march.ticket("F").number()).isEqualTo("INC-1005");
    assertThat(march.breaches()).extracting(ClockFact::ticket).containsExactly("F");
    // B is in no list of March: the report does not carry it
    assertThat(march.tickets()).doesNotContainKey("B");
    assertThat(march.ticket("B")).isEqualTo(TicketReference.of("B"));
  }

  private static ClockFact open(String ticket, Metric metric) {
    return march.open().stream()
        .filter(c -> c.ticket().equals(ticket) && c.metric() == metric)
        .findFirst()
        .orElseThrow();
  }
}
