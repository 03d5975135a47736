package org.accordo.core.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accordo.core.contract.ContractFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code contracts/flawed/} is the clean base contract with one kind of mistake, and
 * says by hand which findings it must produce: a comment {@code # expect: rule, rule} on the line
 * each finding must point to, and {@code # expect-document: rule} for findings about something
 * missing from the whole file (line 0). The linter must report exactly those rules at exactly those
 * lines, no more and no fewer.
 */
class FlawedContractTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect(-document)?:\\s*(.+)$");

  static Stream<Path> flawedContracts() throws IOException, URISyntaxException {
    Path dir = Path.of(FlawedContractTests.class.getResource("/contracts/flawed").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flawedContracts")
  void reportsExactlyTheAnnotatedRulesAtTheirLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);

    LintReport report = ContractLinter.lint(text, file.getFileName().toString(), TODAY);

    List<String> found =
        report.findings().stream().map(f -> f.rule() + "@" + f.location().line()).sorted().toList();
    assertThat(found)
        .as(report.findings().toString())
        .isEqualTo(expected(text).stream().sorted().toList());
  }

  @Test
  void theCleanBaseHasNoFinding() {
    assertThat(
            ContractLinter.lint(ContractFixtures.text("clean.yaml"), "clean.yaml", TODAY)
                .findings())
        .isEmpty();
  }

  @Test
  void everyRuleHasAFlawedContractThatTriggersIt() throws IOException, URISyntaxException {
    List<String> annotated = new ArrayList<>();
    for (Path file : flawedContracts().toList()) {
      expected(Files.readString(file, StandardCharsets.UTF_8))
          .forEach(e -> annotated.add(e.substring(0, e.indexOf('@'))));
    }
    List<String> ids = new ArrayList<>(ContractLinter.rules().stream().map(LintRule::id).toList());
    ids.add(ContractLinter.INVALID);
    assertThat(annotated).containsAll(ids);
    assertThat(flawedContracts().count()).isGreaterThanOrEqualTo(30);
  }

  /** The {@code rule@line} pairs a file's comments announce. */
  static List<String> expected(String text) {
    List<String> expected = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i]);
      if (m.find()) {
        int line = m.group(1) == null ? i + 1 : 0;
        for (String rule : m.group(2).split(",")) {
          expected.add(rule.strip() + "@" + line);
        }
      }
    }
    return expected;
  }
}
