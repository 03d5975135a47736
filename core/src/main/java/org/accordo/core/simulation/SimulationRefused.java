package org.accordo.core.simulation;

import java.util.Objects;
import org.accordo.core.contract.lint.LintReport;

/**
 * Nothing was simulated: the proposed contract has lint errors (a file that does not load, a target
 * that cannot be measured as written), listed with the other findings.
 *
 * @param lint every finding of the proposed contract; at least one is an error
 */
public record SimulationRefused(LintReport lint) implements SimulationOutcome {

  public SimulationRefused {
    Objects.requireNonNull(lint, "lint");
    if (!lint.hasErrors()) {
      throw new IllegalArgumentException("a simulation is refused only for lint errors");
    }
  }
}
