package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ProblemManagement;
import org.accordo.core.contract.RootCauseAnalysis;
import org.accordo.core.credit.CreditRule;
import org.accordo.core.credit.RcaCredit;

/**
 * {@code rca-credit-without-obligation}: a credit for late root cause analyses ({@code breach:
 * rca}) in a contract that sets no time to deliver one ({@code
 * problem_management.root_cause_analysis.within}), or asks for none ({@code required_for} empty and
 * {@code also_after_breach} false). Such an RCA can never be late, so the credit is never owed: the
 * customer reads a promise that cannot be kept or broken.
 */
final class RcaCreditWithoutObligation extends ContractRule {

  RcaCreditWithoutObligation() {
    super(
        "rca-credit-without-obligation",
        Severity.WARNING,
        "A credit for late root cause analyses, but the contract sets no RCA to deliver in a time.",
        "Add problem_management.root_cause_analysis with required_for or also_after_breach, and"
            + " within: { duration: 5d, calendar: office }; or remove the rca credit rule.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    boolean promised =
        c.problemManagement()
            .flatMap(ProblemManagement::rootCauseAnalysis)
            .filter(RcaCreditWithoutObligation::owed)
            .isPresent();
    List<Finding> findings = new ArrayList<>();
    if (promised || c.credits().isEmpty()) {
      return findings;
    }
    List<CreditRule> rules = c.credits().get().rules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) instanceof RcaCredit) {
        findings.add(
            at(
                s,
                "credits.rules[" + i + "].breach",
                "an rca credit, but no root cause analysis is due within a time"));
      }
    }
    return findings;
  }

  private static boolean owed(RootCauseAnalysis rca) {
    return rca.within().isPresent() && (rca.alsoAfterBreach() || !rca.requiredFor().isEmpty());
  }
}
