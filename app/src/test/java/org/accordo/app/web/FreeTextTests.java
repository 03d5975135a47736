package org.accordo.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accordo.app.refusal.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for text in a client's own words: visible, one line, well formed, code points. */
class FreeTextTests {

  /** Escapes as the rows below write them: {@code \\uXXXX} for one UTF-16 unit. */
  private static String unescaped(String written) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < written.length(); i++) {
      if (written.startsWith("\\u", i)) {
        text.append((char) Integer.parseInt(written.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        text.append(written.charAt(i));
      }
    }
    return text.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # a zero-width space
      \\u200b                    | must contain at least one visible character
      # zero-width spaces and a byte order mark
      \\u200b\\u200b\\ufeff      | must contain at least one visible character
      # a no-break space
      \\u00a0                    | must contain at least one visible character
      # the Mongolian vowel separator, a format character
      \\u180e                    | must contain at least one visible character
      # a word joiner
      \\u2060                    | must contain at least one visible character
      # the Hangul filler, a letter that shows as blank
      \\u3164                    | must contain at least one visible character
      # braille blank
      \\u2800                    | must contain at least one visible character
      # a combining acute accent on nothing
      \\u0301                    | must contain at least one visible character
      # spaces only, stripped to nothing
      '   '                      | must contain at least one visible character
      # a bell (C0)
      a\\u0007b                  | must not contain control characters or line breaks (U+0007 at character 2)
      # a line feed inside
      a\\u000ab                  | must not contain control characters or line breaks (U+000A at character 2)
      # DEL
      a\\u007fb                  | must not contain control characters or line breaks (U+007F at character 2)
      # next line, a C1 control
      a\\u0085b                  | must not contain control characters or line breaks (U+0085 at character 2)
      # the Unicode line separator
      a\\u2028b                  | must not contain control characters or line breaks (U+2028 at character 2)
      # a lone high surrogate
      a\\ud800b                  | must be well-formed Unicode text: a lone surrogate (U+D800) at character 2
      # a lone low surrogate, after an emoji (counted as one character)
      \\ud83d\\ude00\\udc00      | must be well-formed Unicode text: a lone surrogate (U+DC00) at character 2
      # a high surrogate at the very end
      ok\\ud83d                  | must be well-formed Unicode text: a lone surrogate (U+D83D) at character 3
      """)
  void refusesTextThatIsBlankToAPersonOrBreaksALineOrIsMalformed(String written, String message) {
    assertThatThrownBy(() -> FreeText.check(unescaped(written), "subject", 500))
        .isInstanceOfSatisfying(
            InvalidField.class,
            e -> {
              assertThat(e.field()).isEqualTo("subject");
              assertThat(e.reason()).isEqualTo(message);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # plain text, stripped
      '  VPN down  '                   | VPN down
      # an emoji alone is visible
      \\ud83d\\udd25                   | \\ud83d\\udd25
      # a family emoji joined by zero-width joiners keeps its joiners
      \\ud83d\\udc68\\u200d\\ud83d\\udc69 | \\ud83d\\udc68\\u200d\\ud83d\\udc69
      # a zero-width space next to a visible character is kept
      a\\u200bb                        | a\\u200bb
      # a letter with a combining accent
      e\\u0301                         | e\\u0301
      # a no-break space between words
      Rossi\\u00a0Srl                  | Rossi\\u00a0Srl
      # punctuation alone is visible
      '-'                              | -
      """)
  void acceptsTextWithAVisibleCharacter(String written, String expected) {
    assertThat(FreeText.check(unescaped(written), "subject", 500)).isEqualTo(unescaped(expected));
  }

  @Test
  void countsCharactersAsCodePointsNotUtf16Units() {
    String fiveHundredEmoji = "\ud83d\ude00".repeat(500);

    assertThat(FreeText.check(fiveHundredEmoji, "subject", 500)).isEqualTo(fiveHundredEmoji);
    assertThatThrownBy(() -> FreeText.check(fiveHundredEmoji + "\ud83d\ude00", "subject", 500))
        .hasMessage("subject: must be at most 500 characters, was 501");
  }
}
