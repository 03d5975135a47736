package org.accordo.app.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value quoted by a refusal: short, on one line, well formed. */
class ExcerptTests {

  @Test
  void quotesAShortValueAsItIs() {
    assertThat(Excerpt.of("Europe/Atlantis")).isEqualTo("Europe/Atlantis");
  }

  @Test
  void cutsALongValueToFortyCharactersAndSaysItsLength() {
    assertThat(Excerpt.of("x".repeat(100_000))).isEqualTo("x".repeat(40) + "… (100000 characters)");
  }

  @Test
  void countsAndCutsByCodePointsNeverSplittingAPair() {
    String emoji = "\ud83d\ude00";

    assertThat(Excerpt.of(emoji.repeat(41))).isEqualTo(emoji.repeat(40) + "… (41 characters)");
  }

  @Test
  void showsControlCharactersAndLineBreaksAsQuestionMarks() {
    assertThat(Excerpt.of("a\nFORGED\r\u0000\u0085\u2028b")).isEqualTo("a?FORGED????b");
  }

  @Test
  void showsALoneSurrogateAsTheReplacementCharacter() {
    assertThat(Excerpt.of("a\ud800b")).isEqualTo("a\ufffdb");
  }

  @Test
  void quotesNullAsNull() {
    assertThat(Excerpt.of(null)).isEqualTo("null");
  }
}
