package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.yaml.InvalidYaml;
import org.accordo.core.yaml.YamlProblem;

/**
 * The outcome of loading one contract file: the contract when the file is valid, otherwise every
 * problem found, in document order; and where each value of the file is, for the linter.
 *
 * @param contract the contract, present exactly when {@code problems} is empty
 * @param problems every problem, ordered by line and column
 * @param sourceMap the places of the file's values (empty when it could not be parsed)
 */
public record ContractLoad(
    Optional<Contract> contract, List<YamlProblem> problems, SourceMap sourceMap) {

  public ContractLoad {
    Objects.requireNonNull(contract, "contract");
    problems = List.copyOf(problems);
    Objects.requireNonNull(sourceMap, "sourceMap");
    if (contract.isPresent() != problems.isEmpty()) {
      throw new IllegalArgumentException("a load has a contract exactly when it has no problems");
    }
  }

  /**
   * The contract.
   *
   * @throws InvalidYaml with every problem, if the file is not a valid contract
   */
  public Contract orThrow() {
    return contract.orElseThrow(() -> new InvalidYaml(problems));
  }
}
