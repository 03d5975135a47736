package org.accordo.app.imports;

import java.util.List;
import java.util.Map;
import org.accordo.app.refusal.Unacceptable;
import org.accordo.core.yaml.YamlProblem;

/** An uploaded mapping that does not load: every problem with its line and column. */
public final class InvalidMapping extends Unacceptable {

  public InvalidMapping(List<YamlProblem> problems) {
    super(
        "invalid-mapping",
        "line "
            + problems.get(0).line()
            + ", column "
            + problems.get(0).column()
            + ": "
            + problems.get(0).message(),
        Map.of(
            "line", problems.get(0).line(),
            "column", problems.get(0).column(),
            "errors",
                problems.stream()
                    .map(
                        p ->
                            Map.<String, Object>of(
                                "line", p.line(), "column", p.column(), "message", p.message()))
                    .toList()));
  }
}
