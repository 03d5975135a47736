package org.accordo.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.lint.ContractLinter;
import org.accordo.core.contract.lint.LintReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract {@code serve --demo} loads lints clean on the day it is loaded, whenever that is: a
 * new user's first lint of the demo shows no warning to puzzle over.
 */
class DemoContractTests {

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-02", "2026-12-04", "2031-02-28"})
  void theDemoContractLintsCleanOnTheDayTheDemoLoadsIt(String day) {
    LocalDate today = LocalDate.parse(day);
    String contract = DemoData.contract(today.minusDays(90));

    LintReport report = ContractLinter.lint(contract, "demo-contract.yaml", today);

    assertThat(report.findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-02", "2031-02-28"})
  void theDemoContractIsInForceFromNinetyDaysBeforeWithItsReviewAhead(String day) {
    LocalDate today = LocalDate.parse(day);
    var header =
        ContractLoader.load(DemoData.contract(today.minusDays(90)), "demo-contract.yaml")
            .orThrow()
            .header();

    assertThat(header.id()).isEqualTo("demo-bianchi");
    assertThat(header.effective().from()).isEqualTo(today.minusDays(90));
    assertThat(header.review().orElseThrow().next()).isAfter(today);
  }
}
