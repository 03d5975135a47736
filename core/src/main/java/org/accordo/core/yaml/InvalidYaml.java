package org.accordo.core.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** A YAML document could not be loaded; carries every problem found, each with its place. */
public final class InvalidYaml extends RuntimeException {

  private final transient List<YamlProblem> problems;

  /**
   * @param problems at least one problem
   */
  public InvalidYaml(List<YamlProblem> problems) {
    super(problems.stream().map(YamlProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidYaml needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in document order of discovery. */
  public List<YamlProblem> problems() {
    return problems;
  }
}
