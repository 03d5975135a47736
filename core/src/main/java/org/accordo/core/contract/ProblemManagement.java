package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code problem_management:} section.
 *
 * @param definition what the contract calls a problem, or empty
 * @param howToReport how the customer reports one, or empty
 * @param rootCauseAnalysis the root cause analysis promise, or empty
 */
public record ProblemManagement(
    Optional<String> definition,
    Optional<String> howToReport,
    Optional<RootCauseAnalysis> rootCauseAnalysis) {

  public ProblemManagement {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(howToReport, "howToReport");
    Objects.requireNonNull(rootCauseAnalysis, "rootCauseAnalysis");
  }
}
