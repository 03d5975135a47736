package org.accordo.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.accordo.core.policy.Metric;
import org.accordo.core.report.TicketHistory;

/** Laws of the simulator over random histories, outages and targets. */
class SimulationProperties {

  private static final String[] GOALS = {"0.5", "0.75", "0.9", "0.95", "1"};

  /** A random history and a contract with every metric at P1 (24x7) and P2 (office). */
  record Case(long seed, int tickets, ContractTemplate contract, String goal) {

    List<TicketHistory> histories(List<String> priorities) {
      return RandomHistories.tickets(seed, tickets, priorities);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(0, GOALS.length - 1))
        .as((seed, tickets, goal) -> new Case(seed, tickets, everyMetric(seed), GOALS[goal]));
  }

  /**
   * Targets in seconds that no lint rule refuses: P1 no longer than P2, resolution no shorter than
   * first response.
   */
  private static ContractTemplate everyMetric(long seed) {
    Random random = new Random(seed ^ 0x2545F491L);
    ContractTemplate contract = new ContractTemplate("P1", "P2");
    long firstP1 = 60L * (5 + random.nextInt(120));
    long firstP2 = firstP1 + 60L * random.nextInt(300);
    long resolutionP1 = firstP1 + 60L * random.nextInt(600);
    long resolutionP2 = Math.max(resolutionP1, firstP2) + 60L * random.nextInt(1200);
    contract
        .target(Metric.FIRST_RESPONSE, "P1", firstP1)
        .target(Metric.FIRST_RESPONSE, "P2", firstP2);
    contract
        .target(Metric.RESOLUTION, "P1", resolutionP1)
        .target(Metric.RESOLUTION, "P2", resolutionP2);
    for (Metric metric :
        List.of(Metric.RESOLUTION_PLAN, Metric.NEXT_REPLY, Metric.PERIODIC_UPDATE)) {
      long p1 = 60L * (5 + random.nextInt(300));
      contract.target(metric, "P1", p1).target(metric, "P2", p1 + 60L * random.nextInt(600));
    }
    return contract;
  }

  private static SimulationResult simulate(
      Case c, ContractTemplate current, ContractTemplate proposed, List<String> priorities) {
    return SimulationFixtures.simulate(
        SimulationFixtures.input(
            current.yaml(),
            proposed.yaml(),
            c.histories(priorities),
            RandomHistories.outages(c.seed(), 6),
            c.goal()));
  }

  @Property(tries = 60)
  void aContractSimulatedAgainstItselfChangesNothing(@ForAll("cases") Case c) {
    SimulationResult result = simulate(c, c.contract(), c.contract(), List.of("P1", "P2"));

    assertThat(result.changes()).isEmpty();
    for (MetricComparison row : result.metrics()) {
      assertThat(row.proposed()).isEqualTo(row.current());
    }
    for (MonthComparison month : result.months()) {
      assertThat(month.proposed()).isEqualTo(month.current());
    }
    assertThat(result.totals().proposed()).isEqualTo(result.totals().current());
    assertThat(result.totals().creditsDifference().orElseThrow().amount()).isZero();
  }

  @Property(tries = 60)
  void tighteningTargetsNeverTurnsABreachIntoAMetClock(
      @ForAll("cases") Case c, @ForAll @DoubleRange(min = 0.05, max = 1.0) double factor) {
    ContractTemplate tighter = c.contract().scaled(factor);
    SimulationResult result = simulate(c, c.contract(), tighter, List.of("P1", "P2"));

    assertThat(result.changes())
        .allMatch(change -> change.kind() == ClockChange.Kind.NEWLY_BREACHED);
    for (MetricComparison row : result.metrics()) {
      MetricOutcome before = row.current().orElseThrow();
      MetricOutcome after = row.proposed().orElseThrow();
      assertThat(after.breached())
          .as(row.metric() + " " + row.priority())
          .isGreaterThanOrEqualTo(before.breached());
    }
    assertThat(result.totals().breachedDifference()).isNotNegative();
  }

  @Property(tries = 100)
  void theSmallestTargetMeetsTheGoalAndOneSecondLessDoesNot(
      @ForAll("cases") Case c,
      @ForAll("metrics") Metric metric,
      @ForAll boolean onTheOfficeCalendar) {
    // one priority and one metric, so that any target is a valid contract
    String priority = onTheOfficeCalendar ? "P2" : "P1";
    ContractTemplate contract =
        new ContractTemplate(priority).target(metric, priority, 60L * (1 + (c.seed() & 0xFF)));
    SimulationResult result = simulate(c, contract, contract, List.of(priority));
    MetricOutcome outcome = result.metrics().get(0).proposed().orElseThrow();
    Assume.that(outcome.smallest().isPresent());
    SmallestTarget smallest = outcome.smallest().get();
    BigDecimal goal = new BigDecimal(c.goal());

    long seconds = smallest.exact().toSeconds();
    MetricOutcome at =
        simulate(
                c,
                contract,
                new ContractTemplate(priority).target(metric, priority, seconds),
                List.of(priority))
            .metrics()
            .get(0)
            .proposed()
            .orElseThrow();
    assertThat(at.met()).isEqualTo(smallest.met());
    assertThat(at.clocks()).isEqualTo(smallest.clocks());
    assertThat(meets(at, goal)).as("%s meets %s", smallest.written(), goal).isTrue();
    if (seconds > 1) {
      MetricOutcome below =
          simulate(
                  c,
                  contract,
                  new ContractTemplate(priority).target(metric, priority, seconds - 1),
                  List.of(priority))
              .metrics()
              .get(0)
              .proposed()
              .orElseThrow();
      assertThat(meets(below, goal)).as("one second less than %s", smallest.written()).isFalse();
    }
  }

  @Provide
  Arbitrary<Metric> metrics() {
    return Arbitraries.of(Metric.values());
  }

  private static boolean meets(MetricOutcome outcome, BigDecimal goal) {
    return BigDecimal.valueOf(outcome.met())
            .compareTo(goal.multiply(BigDecimal.valueOf(outcome.clocks())))
        >= 0;
  }
}
