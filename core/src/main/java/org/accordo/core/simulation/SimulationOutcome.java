package org.accordo.core.simulation;

import org.accordo.core.contract.lint.LintReport;

/**
 * What {@link Simulation#run} answers: the comparison, or a refusal when the proposed contract has
 * lint errors. Either way the proposed contract's lint findings come with it.
 */
public sealed interface SimulationOutcome permits SimulationResult, SimulationRefused {

  /** The proposed contract's lint findings, in document order. */
  LintReport lint();
}
