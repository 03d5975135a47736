package org.accordo.app.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accordo.app.refusal.Unacceptable;
import org.accordo.core.yaml.YamlProblem;

/**
 * A contract document that does not load: every problem with its line and column (the first also as
 * {@code line} and {@code column}), so the uploader can fix them all at once.
 */
public final class InvalidContract extends Unacceptable {

  private final transient List<YamlProblem> problems;

  /**
   * @param problems every problem of the document, at least one, in document order
   */
  public InvalidContract(List<YamlProblem> problems) {
    super("invalid-contract", message(problems), details(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem of the document, in document order (the upload page shows each at its line). */
  public List<YamlProblem> problems() {
    return problems;
  }

  private static String message(List<YamlProblem> problems) {
    YamlProblem first = problems.get(0);
    return "line "
        + first.line()
        + ", column "
        + first.column()
        + ": "
        + first.message()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
  }

  private static Map<String, Object> details(List<YamlProblem> problems) {
    YamlProblem first = problems.get(0);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("line", first.line());
    details.put("column", first.column());
    details.put(
        "errors",
        problems.stream()
            .map(p -> Map.of("line", p.line(), "column", p.column(), "message", p.message()))
            .toList());
    return details;
  }
}
