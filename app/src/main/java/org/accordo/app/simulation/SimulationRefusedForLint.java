package org.accordo.app.simulation;

import java.util.Map;
import org.accordo.app.refusal.Unacceptable;
import org.accordo.core.contract.lint.LintReport;

/** The proposed contract has lint errors: nothing is simulated; every finding comes back. */
public final class SimulationRefusedForLint extends Unacceptable {

  public SimulationRefusedForLint(LintReport lint) {
    super(
        "proposed-contract-has-errors",
        "the proposed contract has "
            + lint.count(org.accordo.core.contract.lint.Severity.ERROR)
            + " lint errors; nothing was simulated",
        Map.of(
            "findings",
            lint.findings().stream()
                .map(
                    f ->
                        Map.<String, Object>of(
                            "rule", f.rule(),
                            "severity", f.severity().label(),
                            "line", f.location().line(),
                            "column", f.location().column(),
                            "message", f.message(),
                            "hint", f.hint()))
                .toList()));
  }
}
