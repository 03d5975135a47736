package org.accordo.core.imports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.yaml.InvalidYaml;
import org.accordo.core.yaml.YamlProblem;

/**
 * What loading a mapping file gave: the mapping, or every problem with its line and column.
 *
 * @param mapping present when the file loaded without problems
 * @param problems in document order; empty when the mapping loaded
 */
public record MappingLoad(Optional<ImportMapping> mapping, List<YamlProblem> problems) {

  public MappingLoad {
    Objects.requireNonNull(mapping, "mapping");
    problems = List.copyOf(problems);
    if (mapping.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a load has a mapping or problems, not both");
    }
  }

  /**
   * The mapping.
   *
   * @throws InvalidYaml with every problem, when it did not load
   */
  public ImportMapping orThrow() {
    return mapping.orElseThrow(() -> new InvalidYaml(problems));
  }
}
