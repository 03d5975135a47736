package org.accordo.core.credit;

import static org.accordo.core.availability.AvailabilityFixtures.MARCH_2026;
import static org.accordo.core.credit.CreditFixtures.breaches;
import static org.accordo.core.credit.CreditFixtures.marchWithDowntime;
import static org.accordo.core.credit.CreditFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.AvailabilityFixtures;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditEvaluationTests {

  // March 2026 in Rome measures 2,674,800,000 ms; downtime d gives availability 1 - d / that.
  @ParameterizedTest(name = "{0} ms down -> {1}")
  @CsvSource(
      textBlock =
          """
      # 0 ms: 100%, no tier
      0,          0,     ,       0.00
      # 2,674,800 ms is exactly 99.9%: not below 99.9%
      2674800,    0,     ,       0.00
      # one millisecond more is below 99.9%: 5% of 2400.00
      2674801,    1,     0.05,   120.00
      # exactly 99.5% (13,374,000 ms) is below 99.9% only
      13374000,   1,     0.05,   120.00
      # 99.2% is below 99.9 and 99.5: the lowest threshold, 99.5, applies (10%)
      21398400,   1,     0.10,   240.00
      # exactly 99.0% (26,748,000 ms) is below 99.5 but not 99.0
      26748000,   1,     0.10,   240.00
      # 98.5% earns the 99.0 tier alone (25%)
      40122000,   1,     0.25,   600.00
      """,
      commentCharacter = '#')
  void tiersDoNotStackAndExactlyTheThresholdIsNotBelowIt(
      long downMillis, int lines, BigDecimal share, BigDecimal total) {
    CreditStatement statement =
        CreditEvaluation.evaluate(
            reference(TierStacking.LOWEST_TIER_ONLY),
            MARCH_2026,
            List.of(marchWithDowntime(downMillis)),
            List.of());

    assertThat(statement.lines()).hasSize(lines);
    if (lines > 0) {
      assertThat(statement.lines().get(0).share()).isEqualByComparingTo(share);
      assertThat(statement.lines().get(0).service()).contains("servers");
      assertThat(statement.lines().get(0).outages()).hasSize(1);
    }
    assertThat(statement.total()).isEqualTo(Money.of(total.toPlainString(), "EUR"));
  }

  @Test
  void stackTrueAddsEveryTierTheAvailabilityIsBelow() {
    // 99.2%: below 99.9 (5%) and 99.5 (10%).
    CreditStatement statement =
        CreditEvaluation.evaluate(
            reference(TierStacking.ALL_TIERS),
            MARCH_2026,
            List.of(marchWithDowntime(21_398_400)),
            List.of());

    assertThat(statement.lines())
        .extracting(l -> l.rule().label())
        .containsExactly("availability below 99.5%", "availability below 99.9%");
    assertThat(statement.total()).isEqualTo(Money.of("360.00", "EUR"));
  }

  @Test
  void eachMatchingBreachEarnsTheRulesCreditOnce() {
    List<Breach> breaches = new java.util.ArrayList<>(breaches(3, Metric.RESOLUTION, "P1"));
    breaches.addAll(breaches(4, Metric.RESOLUTION, "P2"));
    breaches.addAll(breaches(2, Metric.FIRST_RESPONSE, "P1"));

    CreditStatement statement =
        CreditEvaluation.evaluate(
            reference(TierStacking.LOWEST_TIER_ONLY),
            MARCH_2026,
            List.of(marchWithDowntime(0)),
            breaches);

    // Only the three P1 resolution breaches match: 3 x 2% of 2400.00.
    assertThat(statement.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.rule().label()).isEqualTo("resolution breach, P1");
              assertThat(line.share()).isEqualByComparingTo("0.06");
              assertThat(line.breaches())
                  .extracting(Breach::ticket)
                  .containsExactly("T-P1-0", "T-P1-1", "T-P1-2");
            });
    assertThat(statement.total()).isEqualTo(Money.of("144.00", "EUR"));
  }

  @Test
  void aBreachMatchingTwoRulesEarnsOnlyTheFirst() {
    CreditPolicy policy =
        new CreditPolicy(
            Money.of("1000.00", "EUR"),
            List.of(
                new BreachCredit(Metric.RESOLUTION, Optional.of("P1"), new BigDecimal("0.03")),
                new BreachCredit(Metric.RESOLUTION, Optional.empty(), new BigDecimal("0.01"))),
            Optional.empty(),
            java.util.Set.of(),
            Optional.empty(),
            Optional.empty(),
            TierStacking.LOWEST_TIER_ONLY);
    List<Breach> breaches = new java.util.ArrayList<>(breaches(1, Metric.RESOLUTION, "P1"));
    breaches.addAll(breaches(2, Metric.RESOLUTION, "P3"));

    CreditStatement statement = CreditEvaluation.evaluate(policy, MARCH_2026, List.of(), breaches);

    // P1: 3% once; the two P3 breaches: 1% each.
    assertThat(statement.lines())
        .extracting(CreditLine::share)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.03"), new BigDecimal("0.02"));
    assertThat(statement.total()).isEqualTo(Money.of("50.00", "EUR"));
    assertThat(statement.cap()).isEmpty();
    assertThat(statement.capped()).isFalse();
  }

  @Test
  void eachLateRootCauseAnalysisEarnsTheFirstMatchingRcaRuleAlongsideTicketBreaches() {
    CreditPolicy policy =
        new CreditPolicy(
            Money.of("1000.00", "EUR"),
            List.of(
                new RcaCredit(Optional.of("P1"), new BigDecimal("0.02")),
                new RcaCredit(Optional.empty(), new BigDecimal("0.005")),
                new BreachCredit(Metric.RESOLUTION, Optional.empty(), new BigDecimal("0.01"))),
            Optional.empty(),
            java.util.Set.of(),
            Optional.empty(),
            Optional.empty(),
            TierStacking.LOWEST_TIER_ONLY);
    java.time.Instant late = java.time.Instant.parse("2026-03-10T17:00:00Z");
    List<RcaBreach> rcas =
        List.of(
            new RcaBreach("rca-2", List.of("t-3"), "P2", late.plusSeconds(60)),
            new RcaBreach("rca-1", List.of("t-1", "t-2"), "P1", late));

    CreditStatement statement =
        CreditEvaluation.evaluate(
            policy, MARCH_2026, List.of(), breaches(1, Metric.RESOLUTION, "P3"), rcas);

    // the resolution breach: 1%; the P1 RCA: 2%; the P2 RCA: 0.5% (the P1 rule does not match it)
    assertThat(statement.lines())
        .extracting(line -> line.rule().label() + " " + line.share().stripTrailingZeros())
        .containsExactly("resolution breach 0.01", "rca breach, P1 0.02", "rca breach 0.005");
    assertThat(statement.lines().get(1).rcas()).extracting(RcaBreach::rca).containsExactly("rca-1");
    assertThat(statement.total()).isEqualTo(Money.of("35.00", "EUR"));
  }

  @Test
  void theCapAppliesLastToTheSumOfAllLines() {
    // 98.5% earns 25%; five P1 resolution breaches earn 10%; 35% is capped at 30%.
    CreditStatement statement =
        CreditEvaluation.evaluate(
            reference(TierStacking.LOWEST_TIER_ONLY),
            MARCH_2026,
            List.of(marchWithDowntime(40_122_000)),
            breaches(5, Metric.RESOLUTION, "P1"));

    assertThat(statement.uncapped().amount()).isEqualByComparingTo("840.00");
    assertThat(statement.cap())
        .hasValueSatisfying(c -> assertThat(c.amount()).isEqualByComparingTo("720.00"));
    assertThat(statement.capped()).isTrue();
    assertThat(statement.total()).isEqualTo(Money.of("720.00", "EUR"));
  }

  @Test
  void roundsHalfEvenOnceAtTheEndNotPerLine() {
    // 2.5% of 10.10 is 0.2525 per breach; three make 0.7575 -> 0.76. Rounding each line first
    // would give 3 x 0.25 = 0.75.
    CreditPolicy policy =
        new CreditPolicy(
            Money.of("10.10", "EUR"),
            List.of(
                new BreachCredit(Metric.RESOLUTION, Optional.of("P1"), new BigDecimal("0.025")),
                new BreachCredit(Metric.FIRST_RESPONSE, Optional.of("P1"), new BigDecimal("0.025")),
                new BreachCredit(
                    Metric.PERIODIC_UPDATE, Optional.of("P1"), new BigDecimal("0.025"))),
            Optional.empty(),
            java.util.Set.of(),
            Optional.empty(),
            Optional.empty(),
            TierStacking.LOWEST_TIER_ONLY);
    List<Breach> breaches = new java.util.ArrayList<>(breaches(1, Metric.RESOLUTION, "P1"));
    breaches.addAll(breaches(1, Metric.FIRST_RESPONSE, "P1"));
    breaches.addAll(breaches(1, Metric.PERIODIC_UPDATE, "P1"));

    CreditStatement statement = CreditEvaluation.evaluate(policy, MARCH_2026, List.of(), breaches);

    assertThat(statement.lines())
        .extracting(l -> l.amount().amount())
        .usingElementComparator(BigDecimal::compareTo)
        .containsOnly(new BigDecimal("0.2525"));
    assertThat(statement.total()).isEqualTo(Money.of("0.76", "EUR"));
  }

  @Test
  void halfACentRoundsToTheEvenCent() {
    // 2.5% of 5.00 = 0.125 -> 0.12 (half-even), not 0.13.
    CreditPolicy policy =
        new CreditPolicy(
            Money.of("5.00", "EUR"),
            List.of(new BreachCredit(Metric.RESOLUTION, Optional.empty(), new BigDecimal("0.025"))),
            Optional.empty(),
            java.util.Set.of(),
            Optional.empty(),
            Optional.empty(),
            TierStacking.LOWEST_TIER_ONLY);

    CreditStatement statement =
        CreditEvaluation.evaluate(
            policy, MARCH_2026, List.of(), breaches(1, Metric.RESOLUTION, "P2"));

    assertThat(statement.total()).isEqualTo(Money.of("0.12", "EUR"));
  }

  @Test
  void theClaimWindowRunsFromThePeriodsEnd() {
    CreditStatement statement =
        CreditEvaluation.evaluate(
            reference(TierStacking.LOWEST_TIER_ONLY),
            AvailabilityFixtures.MARCH_2026,
            List.of(),
            List.of());

    // March ends at 1 April 00:00 CEST = 31 March 22:00Z; plus 30 x 24 h.
    assertThat(statement.claimBy())
        .contains(Instant.parse("2026-03-31T22:00:00Z").plus(Duration.ofDays(30)));
    assertThat(statement.total()).isEqualTo(Money.of("0.00", "EUR"));
  }
}
