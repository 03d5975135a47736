package org.accordo.core.contract.lint;

import java.util.List;

/** {@code vague-language}: commitments no one can measure ("as soon as possible", "tempestivo"). */
final class VagueLanguage extends PhraseRule {

  static final List<String> PHRASES =
      List.of(
          "asap",
          "as soon as possible",
          "promptly",
          "prompt",
          "reasonable",
          "reasonably",
          "best effort",
          "best efforts",
          "best-effort",
          "timely",
          "in a timely manner",
          "quickly",
          "as needed",
          "when possible",
          "where possible",
          "tempestivo",
          "tempestiva",
          "tempestivamente",
          "il prima possibile",
          "appena possibile",
          "al più presto",
          "nel più breve tempo possibile",
          "ragionevole",
          "ragionevoli",
          "ragionevolmente",
          "massimo impegno");

  VagueLanguage() {
    super(
        "vague-language",
        Severity.WARNING,
        "A commitment uses words that cannot be measured, like \"as soon as possible\", \"promptly\", \"reasonable\", \"best effort\" or \"tempestivo\".",
        "State a number: a duration on a calendar (4h on office), a percentage, a date, or a count.",
        PHRASES);
  }

  @Override
  String message(String path, List<String> found) {
    return path + " uses vague wording that cannot be measured: " + quoted(found);
  }

  static String quoted(List<String> found) {
    return String.join(", ", found.stream().map(f -> "\"" + f + "\"").toList());
  }
}
