package org.accordo.core.contract.lint;

import java.util.List;

/** {@code marketing-language}: sales words in an agreement ("world-class", "unbeatable"). */
final class MarketingLanguage extends PhraseRule {

  static final List<String> PHRASES =
      List.of(
          "world-class",
          "world class",
          "cutting-edge",
          "cutting edge",
          "leader",
          "industry-leading",
          "market-leading",
          "unbeatable",
          "best-in-class",
          "best in class",
          "state-of-the-art",
          "state of the art",
          "unparalleled",
          "unmatched",
          "unrivalled",
          "unrivaled",
          "second to none",
          "first-class",
          "seamless",
          "revolutionary",
          "the best",
          "the fastest",
          "fastest",
          "finest",
          "greatest",
          "most advanced",
          "most reliable",
          "excellence",
          "leader di mercato",
          "all'avanguardia",
          "eccellenza",
          "eccellente",
          "imbattibile",
          "imbattibili",
          "il migliore",
          "i migliori",
          "la migliore",
          "di prim'ordine",
          "senza eguali");

  MarketingLanguage() {
    super(
        "marketing-language",
        Severity.WARNING,
        "The agreement uses marketing language (\"world-class\", \"cutting-edge\", \"leader\", \"unbeatable\", superlatives).",
        "Remove the claim, or replace it with the measurable promise behind it.",
        PHRASES);
  }

  @Override
  String message(String path, List<String> found) {
    return path
        + " uses marketing language, which promises nothing measurable: "
        + VagueLanguage.quoted(found);
  }
}
