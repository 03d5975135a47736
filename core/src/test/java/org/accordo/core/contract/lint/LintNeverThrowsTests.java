package org.accordo.core.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accordo.core.contract.ContractFixtures;

/**
 * Lint never throws: whatever a file holds, the outcome is a list of findings. The inputs are the
 * reference contract with random edits of the kinds people and tools make — lines deleted,
 * duplicated, swapped, re-indented or cut short, characters replaced, YAML syntax, tags and odd or
 * extreme values inserted.
 */
class LintNeverThrowsTests {

  private static final List<String> BASE =
      Arrays.asList(ContractFixtures.bianchi().split("\n", -1));
  private static final List<String> TOKENS =
      List.of(
          ":",
          "- ",
          "[",
          "]",
          "{",
          "}",
          "&a ",
          "*a",
          "\t",
          "!!binary ",
          "%",
          "100%",
          "0m",
          "P0D",
          "~",
          "null",
          "''",
          "\"",
          "#",
          "|",
          ">",
          "? ",
          "-1",
          "99.999%",
          "1e400",
          "P99999999Y",
          "24x7",
          "mon-sun",
          "25:00-26:00",
          "2026-02-30",
          "P1",
          "L9",
          "asap",
          "world-class",
          "\u0000",
          "\uFFFF",
          "é",
          "0.0",
          "yes",
          "---",
          "...",
          "!custom ",
          "!!str ",
          "! ",
          "-999999999-01-01",
          "+10000-01-01",
          "9999-12-31",
          "876600h",
          "99999999999999h",
          "1e300",
          "a@b",
          "@@",
          "x".repeat(300));
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Property(tries = 400)
  void lintReturnsFindingsForAnyMutationOfTheExample(@ForAll("mutatedContracts") String text) {
    LintReport report = ContractLinter.lint(text, "fuzz.yaml", TODAY);

    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.location().source()).isEqualTo("fuzz.yaml"));
  }

  @Provide
  Arbitrary<String> mutatedContracts() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, BASE.size() - 1),
                Arbitraries.integers().between(0, BASE.size() - 1),
                Arbitraries.of(TOKENS),
                Arbitraries.integers().between(0, 200))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(6).map(LintNeverThrowsTests::apply);
  }

  private record Edit(int kind, int line, int other, String token, int column) {}

  private static String apply(List<Edit> edits) {
    List<String> lines = new ArrayList<>(BASE);
    for (Edit e : edits) {
      int at = Math.min(e.line(), lines.size() - 1);
      int to = Math.min(e.other(), lines.size() - 1);
      String line = lines.get(at);
      int col = Math.min(e.column(), line.length());
      switch (e.kind()) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> {
          lines.set(at, lines.get(to));
          lines.set(to, line);
        }
        case 3 -> lines.set(at, line.substring(0, col) + e.token() + line.substring(col));
        case 4 ->
            lines.set(
                at,
                col < line.length()
                    ? line.substring(0, col) + e.token() + line.substring(col + 1)
                    : line + e.token());
        case 5 -> lines.set(at, "  " + line);
        case 6 -> lines.set(at, line.stripLeading());
        default -> lines.subList(at, lines.size()).clear();
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }
}
