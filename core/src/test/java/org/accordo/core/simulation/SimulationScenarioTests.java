package org.accordo.core.simulation;

import static org.accordo.core.simulation.SimulationFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.contract.lint.Severity;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.Money;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.report.TicketHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dozen tickets of February and March 2026 simulated under {@code simulation/current.yaml} and
 * {@code simulation/proposed.yaml}, every expected number worked out by hand below. Office hours
 * are Mon-Fri 09-13 and 14-18 in Rome (UTC+1 until 29 March), P1 is measured on 24x7. The proposal
 * loosens P1 first response (30m -> 1h), tightens P2 resolution (8h -> 6h), lowers the availability
 * promise (99.9% -> 99.5%) and adds a 2% credit per P2 resolution breach.
 */
class SimulationScenarioTests {

  /** Times below are UTC; local Rome time is one hour later. */
  static List<TicketHistory> tickets() {
    return List.of(
        // P1 on 24x7. First response 20m (met under both), resolution 2h (met).
        ticket("T01")
            .created("2026-02-02T10:00:00Z", "P1")
            .reply("2026-02-02T10:20:00Z")
            .resolved("2026-02-02T12:00:00Z")
            .history(),
        // P1. First response 45m: breached at 30m, met at 1h. Resolution 3h (met).
        ticket("T02")
            .created("2026-02-03T08:00:00Z", "P1")
            .reply("2026-02-03T08:45:00Z")
            .resolved("2026-02-03T11:00:00Z")
            .history(),
        // P1. First response 1h15m (breached under both), resolution 5h30m (breached under both:
        // a 5% credit each time).
        ticket("T03")
            .created("2026-02-04T09:00:00Z", "P1")
            .reply("2026-02-04T10:15:00Z")
            .resolved("2026-02-04T14:30:00Z")
            .history(),
        // P1. First response exactly 30m: met (elapsed <= target). Resolution 3h (met).
        ticket("T04")
            .created("2026-02-05T22:00:00Z", "P1")
            .reply("2026-02-05T22:30:00Z")
            .resolved("2026-02-06T01:00:00Z")
            .history(),
        // P2, Mon 9 Feb 09:00-16:00 local. First response 1h; resolution 4h + 2h = 6h: met under
        // 8h and exactly met under 6h.
        ticket("T05")
            .created("2026-02-09T08:00:00Z", "P2")
            .reply("2026-02-09T09:00:00Z")
            .resolved("2026-02-09T15:00:00Z")
            .history(),
        // P2, Tue 10 Feb 09:00-17:00 local. First response 30m; resolution 4h + 3h = 7h: met
        // under 8h, breached under 6h.
        ticket("T06")
            .created("2026-02-10T08:00:00Z", "P2")
            .reply("2026-02-10T08:30:00Z")
            .resolved("2026-02-10T16:00:00Z")
            .history(),
        // P2, Wed 11 Feb 14:00 local. First response at 17:00 local: 3h, breached. Resolved Thu
        // 12:00 local: Wed 14-18 4h + Thu 09-12 3h = 7h: met under 8h, breached under 6h.
        ticket("T07")
            .created("2026-02-11T13:00:00Z", "P2")
            .reply("2026-02-11T16:00:00Z")
            .resolved("2026-02-12T11:00:00Z")
            .history(),
        // P2, Fri 13 Feb 16:00 local. First response 17:30 local: 1h30m. Waiting for the customer
        // from 17:45 (resolution paused) to Mon 16 Feb 11:00; resolved Mon 15:00 local.
        // Resolution: 1h45m + Mon 11-13 2h + 14-15 1h = 4h45m, met under both.
        ticket("T08")
            .created("2026-02-13T15:00:00Z", "P2")
            .reply("2026-02-13T16:30:00Z")
            .status("2026-02-13T16:45:00Z", TicketStatus.WAITING_CUSTOMER)
            .customerReplied("2026-02-16T10:00:00Z")
            .status("2026-02-16T10:00:00Z", TicketStatus.OPEN)
            .resolved("2026-02-16T14:00:00Z")
            .history(),
        // P2, Mon 23 Feb 09:00 local. First response 10m. Resolved Tue 11:00 local: 8h + 2h =
        // 10h, breached under both.
        ticket("T09")
            .created("2026-02-23T08:00:00Z", "P2")
            .reply("2026-02-23T08:10:00Z")
            .resolved("2026-02-24T10:00:00Z")
            .history(),
        // P2, Thu 26 Feb 10:00 local. First response 1h (in February). Resolved Mon 2 March
        // 10:00 local: Thu 3h + 4h, Fri 8h, Mon 1h = 16h, breached under both, counted in March.
        ticket("T10")
            .created("2026-02-26T09:00:00Z", "P2")
            .reply("2026-02-26T10:00:00Z")
            .resolved("2026-03-02T09:00:00Z")
            .history(),
        // P2, cancelled: none of its clocks counts, under either contract.
        ticket("T11")
            .created("2026-03-04T08:00:00Z", "P2")
            .reply("2026-03-04T08:05:00Z")
            .cancelled("2026-03-04T11:00:00Z")
            .history(),
        // P2, Fri 27 March 15:00 local. First response 30m (met, counted in March). Never
        // resolved: its resolution clock runs (breached) at the end of March and is not counted.
        ticket("T12")
            .created("2026-03-27T14:00:00Z", "P2")
            .reply("2026-03-27T14:30:00Z")
            .history());
  }

  static List<Outage> outages() {
    return List.of(
        // 60 min of 672 h in February: 99.8512%, below 99.9% (10% credit), not below 99.5%
        Outage.of(
            "servers",
            Instant.parse("2026-02-10T10:00:00Z"),
            Instant.parse("2026-02-10T11:00:00Z"),
            OutageCause.PROVIDER,
            "disk failure"),
        // 30 min of 743 h in March (the clocks go forward): 99.9327%, above both targets
        Outage.of(
            "servers",
            Instant.parse("2026-03-12T10:00:00Z"),
            Instant.parse("2026-03-12T10:30:00Z"),
            OutageCause.PROVIDER,
            "switch reboot"));
  }

  private static SimulationResult result;

  @BeforeAll
  static void simulate() {
    result =
        SimulationFixtures.simulate(
            SimulationFixtures.input(
                SimulationFixtures.text("current.yaml"),
                SimulationFixtures.text("proposed.yaml"),
                tickets(),
                outages(),
                "0.75"));
  }

  private static MetricComparison row(Metric metric, String priority) {
    return result.metrics().stream()
        .filter(
            m -> m.sla().equals("desk") && m.metric() == metric && m.priority().equals(priority))
        .findFirst()
        .orElseThrow();
  }

  private static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  @Test
  void thePeriodIsTheMonthsOfTheHistoryAndClocksAreTakenAtItsEnd() {
    assertThat(result.period().first()).isEqualTo(YearMonth.of(2026, 2));
    assertThat(result.period().last()).isEqualTo(YearMonth.of(2026, 3));
    // 1 April 00:00 in Rome, summer time
    assertThat(result.asOf()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(result.tickets()).isEqualTo(12);
  }

  @Test
  void rowsComeInSlaMetricPriorityOrder() {
    assertThat(result.metrics())
        .extracting(m -> m.metric().id() + " " + m.priority())
        .containsExactly(
            "first_response P1", "first_response P2", "resolution P1", "resolution P2");
  }

  @Test
  void p1FirstResponseIsMetMoreOftenUnderTheLooserTarget() {
    MetricComparison row = row(Metric.FIRST_RESPONSE, "P1");
    MetricOutcome current = row.current().orElseThrow();
    MetricOutcome proposed = row.proposed().orElseThrow();
    // T01 20m, T04 30m met; T02 45m, T03 75m breached
    assertThat(current.met()).isEqualTo(2);
    assertThat(current.breached()).isEqualTo(2);
    assertThat(current.compliance()).contains(new BigDecimal("0.500000"));
    // at 1h only T03 breaches
    assertThat(proposed.met()).isEqualTo(3);
    assertThat(proposed.breached()).isEqualTo(1);
    assertThat(proposed.target().target()).isEqualTo(Duration.ofHours(1));
    // sorted 20m, 30m, 45m, 75m: median is the 2nd (nearest rank of 2 of 4), p90 the 4th
    for (MetricOutcome outcome : List.of(current, proposed)) {
      assertThat(outcome.tickets()).isEqualTo(4);
      assertThat(outcome.median()).contains(minutes(30));
      assertThat(outcome.p90()).contains(minutes(75));
    }
  }

  @Test
  void p2ResolutionBreachesMoreOftenUnderTheTighterTarget() {
    MetricComparison row = row(Metric.RESOLUTION, "P2");
    MetricOutcome current = row.current().orElseThrow();
    MetricOutcome proposed = row.proposed().orElseThrow();
    // T05 6h, T06 7h, T07 7h, T08 4h45m met at 8h; T09 10h and T10 16h breached. T11 is
    // cancelled, T12 still runs.
    assertThat(current.met()).isEqualTo(4);
    assertThat(current.breached()).isEqualTo(2);
    // at 6h T05 is met exactly, T08 too; T06, T07, T09, T10 breach
    assertThat(proposed.met()).isEqualTo(2);
    assertThat(proposed.breached()).isEqualTo(4);
    assertThat(proposed.compliance()).contains(new BigDecimal("0.333333"));
    // sorted 4h45m, 6h, 7h, 7h, 10h, 16h: median the 3rd, p90 the 6th (ceil 5.4)
    assertThat(proposed.tickets()).isEqualTo(6);
    assertThat(proposed.median()).contains(Duration.ofHours(7));
    assertThat(proposed.p90()).contains(Duration.ofHours(16));
  }

  @Test
  void unchangedTargetsKeepTheirCounts() {
    // P1 resolution: 2h, 3h, 3h met, 5h30m breached, under both
    for (MetricOutcome outcome :
        List.of(
            row(Metric.RESOLUTION, "P1").current().orElseThrow(),
            row(Metric.RESOLUTION, "P1").proposed().orElseThrow())) {
      assertThat(outcome.met()).isEqualTo(3);
      assertThat(outcome.breached()).isEqualTo(1);
      assertThat(outcome.median()).contains(Duration.ofHours(3));
      assertThat(outcome.p90()).contains(minutes(330));
    }
    // P2 first response: 10m, 30m, 30m, 1h, 1h, 1h30m met; 3h (T07) breached; T11 cancelled
    for (MetricOutcome outcome :
        List.of(
            row(Metric.FIRST_RESPONSE, "P2").current().orElseThrow(),
            row(Metric.FIRST_RESPONSE, "P2").proposed().orElseThrow())) {
      assertThat(outcome.met()).isEqualTo(6);
      assertThat(outcome.breached()).isEqualTo(1);
      assertThat(outcome.tickets()).isEqualTo(7);
      assertThat(outcome.median()).contains(Duration.ofHours(1));
      assertThat(outcome.p90()).contains(Duration.ofHours(3));
    }
  }

  @Test
  void theSmallestTargetsForThreeQuartersAreReadOffTheSortedElapsedTimes() {
    // P1 first response, 4 clocks: 3 must be met, the 3rd smallest is T02's 45m
    SmallestTarget fr1 = row(Metric.FIRST_RESPONSE, "P1").proposed().orElseThrow().smallest().get();
    assertThat(fr1.written()).isEqualTo("45m");
    assertThat(fr1.writtenInMinutes()).isEqualTo("45m");
    assertThat(fr1.met()).isEqualTo(3);
    assertThat(fr1.clocks()).isEqualTo(4);
    assertThat(fr1.ticket()).isEqualTo("T02");
    // P1 resolution: 3 of 2h, 3h, 3h, 5h30m: 3h, set by T02 (ties name the first ticket)
    SmallestTarget res1 = row(Metric.RESOLUTION, "P1").current().orElseThrow().smallest().get();
    assertThat(res1.written()).isEqualTo("3h");
    assertThat(res1.ticket()).isEqualTo("T02");
    // P2 first response, 7 clocks: ceil(5.25) = 6 met, the 6th smallest is T08's 1h30m
    SmallestTarget fr2 = row(Metric.FIRST_RESPONSE, "P2").current().orElseThrow().smallest().get();
    assertThat(fr2.written()).isEqualTo("1h30m");
    assertThat(fr2.ticket()).isEqualTo("T08");
    // P2 resolution, 6 clocks: ceil(4.5) = 5 met, the 5th smallest is T09's 10h; the same under
    // both contracts (same calendar and pauses)
    for (MetricOutcome outcome :
        List.of(
            row(Metric.RESOLUTION, "P2").current().orElseThrow(),
            row(Metric.RESOLUTION, "P2").proposed().orElseThrow())) {
      assertThat(outcome.smallest().get().written()).isEqualTo("10h");
      assertThat(outcome.smallest().get().met()).isEqualTo(5);
      assertThat(outcome.smallest().get().ticket()).isEqualTo("T09");
    }
  }

  @Test
  void theChangedClocksAreListedWithTheirClocksUnderBoth() {
    assertThat(result.changes())
        .extracting(c -> c.ticket() + " " + c.metric().id() + " " + c.kind().id())
        .containsExactly(
            "T02 first_response no_longer_breached",
            "T06 resolution newly_breached",
            "T07 resolution newly_breached");
    ClockChange t06 = result.changes().get(1);
    assertThat(t06.current().outcome()).isEqualTo(Outcome.MET);
    assertThat(t06.proposed().outcome()).isEqualTo(Outcome.BREACHED);
    // the same 7h of office time, measured against 8h and against 6h
    assertThat(t06.current().clock().orElseThrow().elapsedMillis())
        .isEqualTo(Duration.ofHours(7).toMillis());
    assertThat(t06.current().clock().orElseThrow().targetMillis())
        .isEqualTo(Duration.ofHours(8).toMillis());
    assertThat(t06.proposed().clock().orElseThrow().targetMillis())
        .isEqualTo(Duration.ofHours(6).toMillis());
    // 6h of office time after 09:00 local on Tue 10 Feb: 13:00 + 2h = 16:00 local, 15:00Z
    assertThat(t06.proposed().clock().orElseThrow().breachedAt())
        .isEqualTo(Instant.parse("2026-02-10T15:00:00Z"));
    assertThat(t06.proposed().clock().orElseThrow().timeline()).isNotEmpty();
  }

  @Test
  void monthsCountTheClocksThatStoppedInThem() {
    MonthComparison february = result.months().get(0);
    MonthComparison march = result.months().get(1);
    // February: every clock but T10's resolution and T12's first response
    assertThat(february.current().met()).isEqualTo(14);
    assertThat(february.current().breached()).isEqualTo(5);
    assertThat(february.proposed().met()).isEqualTo(13);
    assertThat(february.proposed().breached()).isEqualTo(6);
    // March: T10's resolution (breached), T12's first response (met)
    assertThat(march.current().met()).isEqualTo(1);
    assertThat(march.current().breached()).isEqualTo(1);
    assertThat(march.proposed().met()).isEqualTo(1);
    assertThat(march.proposed().breached()).isEqualTo(1);
  }

  @Test
  void availabilityIsMeasuredAgainstEachContractsTarget() {
    var feb = result.months().get(0);
    var current = feb.current().availability().get(0).result();
    var proposed = feb.proposed().availability().get(0).result();
    // 1 - 60 min / 672 h
    assertThat(current.availability())
        .isEqualByComparingTo(
            BigDecimal.ONE.subtract(
                new BigDecimal(60)
                    .divide(new BigDecimal(672 * 60), java.math.MathContext.DECIMAL64)));
    assertThat(proposed.availability()).isEqualByComparingTo(current.availability());
    assertThat(current.target()).isEqualByComparingTo("0.999");
    assertThat(proposed.target()).isEqualByComparingTo("0.995");
  }

  @Test
  void creditsPerMonthAndTheirDifference() {
    // current, February: availability below 99.9% 10% of 1000 = 100, T03's P1 resolution 5% = 50
    assertThat(total(result.months().get(0).current())).isEqualTo(Money.of("150.00", "EUR"));
    // current, March: nothing
    assertThat(total(result.months().get(1).current())).isEqualTo(Money.of("0.00", "EUR"));
    // proposed, February: availability not below 99.5%; T03 5% = 50; P2 resolution breaches
    // T06, T07, T09 at 2% = 60
    assertThat(total(result.months().get(0).proposed())).isEqualTo(Money.of("110.00", "EUR"));
    // proposed, March: T10's P2 resolution 2% = 20
    assertThat(total(result.months().get(1).proposed())).isEqualTo(Money.of("20.00", "EUR"));
    Totals totals = result.totals();
    assertThat(totals.current().credits()).contains(Money.of("150.00", "EUR"));
    assertThat(totals.proposed().credits()).contains(Money.of("130.00", "EUR"));
    assertThat(totals.creditsDifference()).contains(Money.of("-20.00", "EUR"));
  }

  @Test
  void totalsAndTheirDifference() {
    Totals totals = result.totals();
    // current: 2 + 3 + 6 + 4 met, 2 + 1 + 1 + 2 breached
    assertThat(totals.current().met()).isEqualTo(15);
    assertThat(totals.current().breached()).isEqualTo(6);
    // proposed: 3 + 3 + 6 + 2 met, 1 + 1 + 1 + 4 breached
    assertThat(totals.proposed().met()).isEqualTo(14);
    assertThat(totals.proposed().breached()).isEqualTo(7);
    assertThat(totals.metDifference()).isEqualTo(-1);
    assertThat(totals.breachedDifference()).isEqualTo(1);
  }

  @Test
  void theProposalsWarningsTravelWithTheResult() {
    assertThat(result.lint().hasErrors()).isFalse();
    assertThat(result.lint().findings()).isNotEmpty().allMatch(f -> f.severity() != Severity.ERROR);
  }

  @Test
  void aPeriodOfMarchAloneCountsMarchAlone() {
    SimulationResult march =
        SimulationFixtures.simulate(
            SimulationFixtures.over(
                SimulationFixtures.input(
                    SimulationFixtures.text("current.yaml"),
                    SimulationFixtures.text("proposed.yaml"),
                    tickets(),
                    outages(),
                    "0.75"),
                YearMonth.of(2026, 3),
                YearMonth.of(2026, 3)));
    assertThat(march.months()).hasSize(1);
    assertThat(march.totals().current().met()).isEqualTo(1);
    assertThat(march.totals().current().breached()).isEqualTo(1);
    assertThat(march.changes()).isEmpty();
    assertThat(march.totals().creditsDifference()).contains(Money.of("20.00", "EUR"));
  }

  private static Money total(MonthOutcome month) {
    return month.credits().map(CreditStatement::total).orElseThrow();
  }
}
