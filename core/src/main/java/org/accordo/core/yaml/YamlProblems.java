package org.accordo.core.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems found while reading one YAML document, so that a loader reports all of them
 * at once instead of stopping at the first. Not thread-safe: one per load.
 */
public final class YamlProblems {

  private final String source;
  private final List<YamlProblem> problems = new ArrayList<>();

  /**
   * @param source the document's name as shown in messages, e.g. its file name
   */
  public YamlProblems(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The document's name as shown in messages. */
  public String source() {
    return source;
  }

  /** Records a problem at the start of {@code node}; a null node reports line 0. */
  public void add(Node node, String message) {
    add(node == null ? null : node.getStartMark(), message);
  }

  /** Records a problem at a parser mark (0-based in SnakeYAML, 1-based here). */
  public void add(Mark mark, String message) {
    if (mark == null) {
      problems.add(new YamlProblem(source, 0, 0, message));
    } else {
      problems.add(new YamlProblem(source, mark.getLine() + 1, mark.getColumn() + 1, message));
    }
  }

  /** True when nothing has been reported. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems so far, in the order they were found. */
  public List<YamlProblem> all() {
    return List.copyOf(problems);
  }

  /**
   * @throws InvalidYaml with every problem found, if there is any
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidYaml(problems);
    }
  }
}
