package org.accordo.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class YamlNodesTests {

  @Test
  void quotesShortValuesWhole() {
    assertThat(YamlNodes.quote("2 hours")).isEqualTo("'2 hours'");
    assertThat(YamlNodes.quote("x".repeat(60))).isEqualTo("'" + "x".repeat(60) + "'");
  }

  @Test
  void cutsLongValuesToSixtyCharactersAndAnEllipsis() {
    assertThat(YamlNodes.quote("x".repeat(61))).isEqualTo("'" + "x".repeat(60) + "…'");
    assertThat(YamlNodes.quote("y".repeat(100_000))).hasSize(63);
  }

  @Test
  void neverCutsACharacterInHalf() {
    // each emoji is two UTF-16 units: 60 of them are kept whole
    String emoji = "\uD83D\uDE00";

    assertThat(YamlNodes.excerpt(emoji.repeat(61))).isEqualTo(emoji.repeat(60) + "…");
    assertThat(YamlNodes.excerpt(emoji.repeat(60))).isEqualTo(emoji.repeat(60));
  }

  @Test
  void composingReportsEveryTagOfAnyDocumentAndReadsOnTheRest() {
    YamlProblems problems = new YamlProblems("cal.yaml");

    assertThat(
            YamlNodes.compose(
                new StringReader("timezone: !zone Europe/Rome\nhours: !!map\n  mon: [x]\n"),
                problems))
        .isPresent();
    assertThat(problems.all())
        .extracting(YamlProblem::toString)
        .containsExactly(
            "cal.yaml:1:11: the YAML tag '!zone' is not accepted: write the value without a tag,"
                + " its field decides its kind",
            "cal.yaml:2:8: the YAML tag '!!map' is not accepted: write the value without a tag,"
                + " its field decides its kind");
  }
}
