package org.accordo.app.imports;

import java.util.Map;
import java.util.Objects;
import org.accordo.core.contract.lint.LintReport;
import org.accordo.core.imports.Coverage;
import org.accordo.core.policy.Metric;

/**
 * What an import found and did.
 *
 * @param lint the mapping's lint findings (against the contract, when there is one)
 * @param coverage which clocks the mapping lets Accordo measure, metric by metric
 * @param summary what the files hold, with the refused lines
 * @param stored true when the good lines were stored (or written); false for a dry run, a mapping
 *     with lint errors, or refused lines without the option to keep the good ones
 */
public record ImportOutcome(
    LintReport lint,
    Map<Metric, Coverage.MetricCoverage> coverage,
    ImportSummary summary,
    boolean stored) {

  public ImportOutcome {
    Objects.requireNonNull(lint, "lint");
    coverage = Map.copyOf(coverage);
    Objects.requireNonNull(summary, "summary");
  }
}
