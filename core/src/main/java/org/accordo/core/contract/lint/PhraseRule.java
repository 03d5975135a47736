package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accordo.core.contract.SourceMap;

/**
 * Finds phrases in the contract's own words: every plain value except names of things (ids,
 * calendars, levels), addresses and the calendar definitions. Matching ignores case and needs whole
 * words. Works on the file's text, so it runs even on a contract that does not load.
 */
abstract class PhraseRule extends Rule {

  private static final Set<String> NOT_PROSE =
      Set.of(
          "id",
          "email",
          "phone",
          "address",
          "timezone",
          "language",
          "calendar",
          "hours",
          "level",
          "start_at",
          "currency",
          "per",
          "amount");

  private final Pattern phrases;

  PhraseRule(String id, Severity severity, String summary, String fix, List<String> phrases) {
    super(id, severity, summary, fix);
    String alternatives =
        phrases.stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.phrases =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The message for a value that uses {@code found}. */
  abstract String message(String path, List<String> found);

  @Override
  public List<Finding> check(LintSubject subject) {
    List<Finding> findings = new ArrayList<>();
    for (SourceMap.Text text : subject.sourceMap().texts()) {
      if (isProse(text.path())) {
        List<String> found = find(text.text());
        if (!found.isEmpty()) {
          findings.add(at(subject, text.path(), message(text.path(), found)));
        }
      }
    }
    return findings;
  }

  List<String> find(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = phrases.matcher(text);
    while (m.find()) {
      found.add(m.group().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(found);
  }

  private static boolean isProse(String path) {
    if (path.startsWith("calendars.")
        || path.startsWith("contract.provider")
        || path.startsWith("contract.customer")) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.indexOf('[');
    String key = bracket >= 0 ? last.substring(0, bracket) : last;
    return !NOT_PROSE.contains(key) && !path.matches("slas\\[\\d+]\\.services\\[\\d+]");
  }
}
