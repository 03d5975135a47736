package org.accordo.core.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.contract.lint.LintReport;

/**
 * Lints a mapping, alone or against the contract that will measure what it imports: a PSA status
 * mapped to nothing, nothing that resolves a ticket, a waiting status that counts as work or that
 * the contract does not pause resolution on, priorities and services the contract does not define,
 * and the clocks the mapping cannot measure. Findings carry their line and column like the contract
 * linter's ({@code docs/imports.md}, "Lint").
 */
public final class MappingLinter {

  private MappingLinter() {}

  /**
   * @param contract the contract the import is measured by, or empty for the rules of the mapping
   *     alone
   */
  public static LintReport lint(ImportMapping mapping, Optional<Contract> contract) {
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(contract, "contract");
    List<Finding> findings = new ArrayList<>();
    for (MappingRule rule : MappingRule.values()) {
      rule.check(mapping, contract, findings);
    }
    return new LintReport(mapping.location().source(), findings);
  }
}
