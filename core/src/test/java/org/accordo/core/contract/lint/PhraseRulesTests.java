package org.accordo.core.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseRulesTests {

  private static List<String> expected(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split("\\+"));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Answered as soon as possible.         | as soon as possible", // the longest phrase wins
        // over its parts
        "ASAP                                  | asap", // any case
        "Fixed promptly and in a timely manner | promptly+in a timely manner",
        "Intervento tempestivo                 | tempestivo", // Italian
        "Risposta il prima possibile           | il prima possibile",
        "A reasonableness check                |", // whole words only
        "Within 4 business hours on office     |", // a measurable promise
        "On a best-effort basis                | best-effort",
      })
  void findsVagueWording(String text, String phrases) {
    assertThat(new VagueLanguage().find(text.strip())).isEqualTo(expected(phrases));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "World-class support                | world-class",
        "The market leader in IT services   | leader",
        "Faults leading to data loss        |", // 'leading' is an ordinary verb
        "Service desk lead                  |", // 'lead' is not 'leader'
        "The fastest, most reliable network | the fastest+most reliable",
        "Un servizio all'avanguardia        | all'avanguardia", // Italian
      })
  void findsMarketingLanguage(String text, String phrases) {
    assertThat(new MarketingLanguage().find(text.strip())).isEqualTo(expected(phrases));
  }
}
