package org.accordo.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.core.contract.SourceLocation;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.contract.lint.Severity;
import org.accordo.core.yaml.YamlProblem;
import org.junit.jupiter.api.Test;

class DocumentLinesTests {

  private static final String DOCUMENT = "contract:\n  id: x\n  target: 100%\n";

  @Test
  void putsEachFindingUnderItsLineWithItsHint() {
    DocumentLines lines =
        DocumentLines.ofFindings(
            DOCUMENT,
            List.of(
                new Finding(
                    "perfect-target",
                    Severity.ERROR,
                    new SourceLocation("contract.yaml", 3, 11),
                    "100% promises perfection",
                    "Promise 99.9%"),
                new Finding(
                    "missing-review",
                    Severity.INFO,
                    new SourceLocation("contract.yaml", 0, 0),
                    "no review date",
                    "Add one")));

    assertThat(lines.lines())
        .extracting(DocumentLines.Line::text)
        .containsExactly("contract:", "  id: x", "  target: 100%");
    assertThat(lines.lines().get(2).notes())
        .containsExactly(
            new DocumentLines.Note(
                "error",
                "error",
                11,
                "100% promises perfection",
                "Promise 99.9%",
                "perfect-target"));
    assertThat(lines.lines().get(0).notes()).isEmpty();
    assertThat(lines.general())
        .extracting(DocumentLines.Note::rule)
        .containsExactly("missing-review");
    assertThat(lines.count()).isEqualTo(2);
  }

  @Test
  void putsALoadProblemUnderItsLine() {
    DocumentLines lines =
        DocumentLines.ofProblems(
            DOCUMENT, List.of(new YamlProblem("contract.yaml", 2, 3, "unknown key 'id'")));

    assertThat(lines.lines().get(1).notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.css()).isEqualTo("error");
              assertThat(note.column()).isEqualTo(3);
              assertThat(note.message()).isEqualTo("unknown key 'id'");
            });
    assertThat(lines.general()).isEmpty();
  }
}
