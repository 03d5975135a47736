package org.accordo.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.accordo.core.yaml.YamlProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract loader takes plain data only, within limits, and never echoes a long value back
 * (issue 18): every YAML tag is refused, e-mail addresses are checked, dates lie in the supported
 * years, durations and escalation thresholds are bounded, and a quoted value is cut to an excerpt.
 * Each refusal is a problem at its line and column, and nothing loads.
 */
class StrictContractInputTests {

  /** The reference contract with its line {@code line} (1-based) replaced by {@code text}. */
  private static String withLine(int line, String text) {
    List<String> lines = new ArrayList<>(ContractFixtures.bianchi().lines().toList());
    lines.set(line - 1, text);
    return String.join("\n", lines) + "\n";
  }

  private static YamlProblem onlyProblem(String document) {
    ContractLoad load = ContractLoader.load(document, "strict.yaml");
    assertThat(load.contract()).isEmpty();
    assertThat(load.problems()).hasSize(1);
    return load.problems().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      # what                 | line | new text                                          | column | tag shown
      a local tag            | 6    | "  title: !custom Managed IT services agreement"  | 10     | '!custom'
      a standard str tag     | 8    | "  version: !!str 3"                              | 12     | '!!str'
      binary data            | 6    | "  title: !!binary TWFuYWdlZA=="                  | 10     | '!!binary'
      a verbatim tag         | 6    | "  title: !<tag:example.com,2026:x> Managed"      | 10     | 'tag:example.com,2026:x'
      the non-specific tag   | 6    | "  title: ! Managed IT services agreement"        | 10     | '!'
      a tag on a mapping     | 12   | "  provider: !!map"                               | 13     | '!!map'
      a tag on a list        | 69   | "  channels: !!seq"                               | 13     | '!!seq'
      """)
  void refusesEveryYamlTagAtItsPlace(String what, int line, String text, int column, String tag) {
    YamlProblem problem = onlyProblem(withLine(line, text));

    assertThat(problem.line() + ":" + problem.column()).isEqualTo(line + ":" + column);
    assertThat(problem.message()).startsWith("the YAML tag " + tag + " is not accepted");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      # what                       | line | new text                                                                       | column | field
      a contact without a domain   | 17   | "    contact: { name: Marco Bianchi, email: marco@bianchi }"                   | 44     | contract.customer.contact.email
      an escalation level's e-mail | 114  | "    L1: { who: Service desk lead, email: lead at rossi-it.example }"        | 42     | escalation.levels.L1.email
      an e-mail channel's address  | 71   | "    - { type: email, address: support@@rossi-it.example }"                  | 31     | communication.channels[1].address
      """)
  void refusesAnAddressThatIsNotAnEmail(
      String what, int line, String text, int column, String field) {
    YamlProblem problem = onlyProblem(withLine(line, text));

    assertThat(problem.line() + ":" + problem.column()).isEqualTo(line + ":" + column);
    assertThat(problem.message()).startsWith(field + " '").contains("' is not an e-mail address: ");
  }

  @Test
  void acceptsAnyAddressOnAChannelThatIsNotEmail() {
    String portal =
        withLine(70, "    - { type: portal, address: \"https://support.rossi-it.example/x?y=1\" }");

    assertThat(ContractLoader.load(portal, "portal.yaml").problems()).isEmpty();
  }

  @Test
  void refusesAHundredThousandCharacterAddressQuotingOnlyAnExcerpt() {
    String huge = "a".repeat(100_000) + "@bianchi.example";

    YamlProblem problem =
        onlyProblem(withLine(17, "    contact: { name: Marco Bianchi, email: " + huge + " }"));

    assertThat(problem.message())
        .isEqualTo(
            "contract.customer.contact.email '"
                + "a".repeat(60)
                + "…' is not an e-mail address: it is longer than 254 characters");
  }

  @Test
  void quotesOnlyAnExcerptOfAHugeUnknownKeyOrBadValue() {
    String key = "k".repeat(100_000);
    String duration = "9".repeat(100_000) + "x";

    ContractLoad load =
        ContractLoader.load(
            withLine(8, "  ? " + key + "\n  : 3")
                .replace("P1: { target: 30m,", "P1: { target: " + duration + ","),
            "huge.yaml");

    assertThat(load.problems()).hasSize(2);
    assertThat(load.problems())
        .allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(400).contains("…'"));
    assertThat(load.problems().get(0).message())
        .startsWith("unknown key '" + "k".repeat(60) + "…' in contract");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      # what                          | line | new text                                                             | column
      a year far before               | 10   | "  effective: { from: -999999999-01-01 }"                            | 22
      the year before the first       | 10   | "  effective: { from: 1582-12-31 }"                                  | 22
      the year after the last         | 10   | "  effective: { from: 2026-01-01, to: +10000-01-01 }"                | 38
      a review date                   | 11   | "  review: { every: P6M, next: 0001-07-01, owner: account-manager }" | 31
      a calendar's exception day      | 26   | "      0999-12-24: ['09:00-13:00']"                                  | 7
      """)
  void refusesDatesOutsideTheSupportedYears(String what, int line, String text, int column) {
    YamlProblem problem = onlyProblem(withLine(line, text));

    assertThat(problem.line() + ":" + problem.column()).isEqualTo(line + ":" + column);
    assertThat(problem.message()).endsWith("is outside the supported years 1583 to 9999");
  }

  @Test
  void acceptsTheFirstAndLastSupportedDays() {
    String bounds = withLine(10, "  effective: { from: 1583-01-01, to: 9999-12-31 }");

    assertThat(ContractLoader.load(bounds, "bounds.yaml").problems()).isEmpty();
  }

  @Test
  void refusesADurationOfOverAHundredYears() {
    // 100 years are 876,600 hours: one hour more is refused
    YamlProblem problem =
        onlyProblem(
            ContractFixtures.bianchi()
                .replace(
                    "P4: { target: 40h, calendar: office }",
                    "P4: { target: 876601h, calendar: office }"));

    assertThat(problem.message())
        .isEqualTo("slas[0].metrics.resolution.P4.target '876601h' is longer than 100 years");
    assertThat(
            ContractLoader.load(
                    ContractFixtures.bianchi()
                        .replace(
                            "P4: { target: 40h, calendar: office }",
                            "P4: { target: 876600h, calendar: office }"),
                    "century.yaml")
                .problems())
        .isEmpty();
  }

  @Test
  void refusesAnEscalationThresholdOverTenTimesTheTarget() {
    YamlProblem problem =
        onlyProblem(
            ContractFixtures.bianchi()
                .replace("{ at: 1.0, level: L2 }", "{ at: 1e300, level: L2 }"));

    assertThat(problem.message())
        .isEqualTo("slas[0].escalation[1].at '1e300' must be at most 10 (1000% of the target)");
  }
}
