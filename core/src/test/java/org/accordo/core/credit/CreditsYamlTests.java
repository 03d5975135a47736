package org.accordo.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.policy.Metric;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblem;
import org.accordo.core.yaml.YamlProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditsYamlTests {

  private final YamlProblems problems = new YamlProblems("contract.yaml");

  private Optional<CreditPolicy> parse(String yaml) {
    return CreditsYaml.parse(
        YamlNodes.compose(new StringReader(yaml), problems).orElseThrow(), problems, "credits");
  }

  @Test
  void readsTheReferenceContractsCredits() {
    CreditPolicy policy =
        parse(
                """
        monthly_fee: { amount: 2400.00, currency: EUR }
        rules:
          - { availability_below: 99.9%, credit: 5% }
          - { availability_below: 99.5%, credit: 10% }
          - { availability_below: 99.0%, credit: 25% }
          - { breach: resolution, priority: P1, credit: 2% }
        cap: 30%
        exclusions: [customer_caused, outside_provider_control, announced_maintenance]
        claim_within: P30D
        applied_as: discount on the next month's invoice
        """)
            .orElseThrow();

    assertThat(problems.all()).isEmpty();
    assertThat(policy.monthlyFee()).isEqualTo(new Money(new BigDecimal("2400.00"), "EUR"));
    assertThat(policy.tiers())
        .containsExactly(
            new AvailabilityTier(new BigDecimal("0.999"), new BigDecimal("0.05")),
            new AvailabilityTier(new BigDecimal("0.995"), new BigDecimal("0.10")),
            new AvailabilityTier(new BigDecimal("0.990"), new BigDecimal("0.25")));
    assertThat(policy.breachCredits())
        .containsExactly(
            new BreachCredit(Metric.RESOLUTION, Optional.of("P1"), new BigDecimal("0.02")));
    assertThat(policy.cap()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.30"));
    assertThat(policy.exclusions())
        .containsExactlyInAnyOrder(
            OutageCause.CUSTOMER_CAUSED,
            OutageCause.OUTSIDE_PROVIDER_CONTROL,
            OutageCause.ANNOUNCED_MAINTENANCE);
    assertThat(policy.claimWithin()).contains(Duration.ofDays(30));
    assertThat(policy.appliedAs()).contains("discount on the next month's invoice");
    assertThat(policy.stacking()).isEqualTo(TierStacking.LOWEST_TIER_ONLY);
  }

  @Test
  void stackTrueLetsTiersAddUpAndABreachRuleMayCoverEveryPriority() {
    CreditPolicy policy =
        parse(
                """
        monthly_fee: { amount: 100, currency: USD }
        rules: [ { breach: first_response, credit: 1% } ]
        stack: true
        """)
            .orElseThrow();

    assertThat(policy.stacking()).isEqualTo(TierStacking.ALL_TIERS);
    assertThat(policy.cap()).isEmpty();
    assertThat(policy.breachCredits().get(0).matches(Metric.FIRST_RESPONSE, "P4")).isTrue();
  }

  @Test
  void rcaIsACreditedMetricOfItsOwnWithAnOptionalPriority() {
    CreditPolicy policy =
        parse(
                """
        monthly_fee: { amount: 100, currency: EUR }
        rules: [ { breach: rca, priority: P1, credit: 2% }, { breach: resolution, credit: 1% } ]
        """)
            .orElseThrow();

    assertThat(problems.all()).isEmpty();
    assertThat(policy.rcaCredits())
        .containsExactly(new RcaCredit(Optional.of("P1"), new BigDecimal("0.02")));
    assertThat(policy.breachCredits()).hasSize(1);
    assertThat(policy.rcaCredits().get(0).matches("P1")).isTrue();
    assertThat(policy.rcaCredits().get(0).matches("P2")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # the fee is required
      { rules: [] }                                                              | 1:1  | credits needs 'monthly_fee'
      # an amount written as text
      '{ monthly_fee: { amount: lots, currency: EUR }, rules: [] }'              | 1:26 | credits.monthly_fee.amount 'lots' is not an amount
      # a currency that is not a code
      '{ monthly_fee: { amount: 10, currency: euro }, rules: [] }'               | 1:40 | credits.monthly_fee.currency 'euro' is not a currency
      # a rule that is both kinds
      '{ monthly_fee: { amount: 1, currency: EUR }, rules: [ { availability_below: 99%, breach: resolution, credit: 1% } ] }' | 1:55 | credits.rules[0] needs exactly one of
      # a metric that does not exist
      '{ monthly_fee: { amount: 1, currency: EUR }, rules: [ { breach: resolve, credit: 1% } ] }' | 1:65 | credits.rules[0].breach 'resolve' is not a metric; expected one of [first_response, resolution_plan, next_reply, periodic_update, resolution, rca]
      # an exclusion that is not a cause
      '{ monthly_fee: { amount: 1, currency: EUR }, rules: [], exclusions: [weather] }' | 1:70 | credits.exclusions[0] 'weather' is not an outage cause
      # stack must be a boolean
      '{ monthly_fee: { amount: 1, currency: EUR }, rules: [], stack: maybe }'   | 1:64 | credits.stack 'maybe' must be true or false
      """,
      commentCharacter = '#')
  void reportsEachProblemAtItsPlace(String yaml, String place, String message) {
    Optional<CreditPolicy> policy = parse(yaml);

    assertThat(policy).isEmpty();
    YamlProblem first = problems.all().get(0);
    assertThat(first.line() + ":" + first.column()).isEqualTo(place);
    assertThat(first.message()).startsWith(message);
  }
}
