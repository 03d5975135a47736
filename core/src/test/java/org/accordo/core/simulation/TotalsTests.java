package org.accordo.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.accordo.core.credit.Money;
import org.junit.jupiter.api.Test;

class TotalsTests {

  private static ContractTotals owing(String amount, String currency) {
    return new ContractTotals(8, 2, Optional.of(Money.of(amount, currency)));
  }

  private static final ContractTotals NO_CREDIT_TERMS = new ContractTotals(8, 2, Optional.empty());

  @Test
  void theDifferenceIsProposedMinusCurrent() {
    Totals totals = new Totals(owing("150.00", "EUR"), owing("130.00", "EUR"));
    assertThat(totals.creditsDifference()).contains(Money.of("-20.00", "EUR"));
    assertThat(
            new Totals(new ContractTotals(5, 1, Optional.empty()), NO_CREDIT_TERMS).metDifference())
        .isEqualTo(3);
  }

  @Test
  void aContractWithoutCreditTermsOwesZero() {
    // a proposal that adds credit terms costs all it owes; one that drops them saves all
    assertThat(new Totals(NO_CREDIT_TERMS, owing("40.00", "EUR")).creditsDifference())
        .contains(Money.of("40.00", "EUR"));
    assertThat(new Totals(owing("40.00", "EUR"), NO_CREDIT_TERMS).creditsDifference())
        .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("-40"));
  }

  @Test
  void noDifferenceWithoutCreditTermsOrAcrossCurrencies() {
    assertThat(new Totals(NO_CREDIT_TERMS, NO_CREDIT_TERMS).creditsDifference()).isEmpty();
    assertThat(new Totals(owing("40.00", "EUR"), owing("40.00", "CHF")).creditsDifference())
        .isEmpty();
  }

  @Test
  void complianceIsMetOverCounted() {
    assertThat(owing("0", "EUR").compliance()).contains(new BigDecimal("0.800000"));
    assertThat(new ContractTotals(0, 0, Optional.empty()).compliance()).isEmpty();
  }
}
