package org.accordo.core.contract.lint;

import java.util.Comparator;
import java.util.Objects;
import org.accordo.core.contract.SourceLocation;

/**
 * One thing the linter found in a contract.
 *
 * @param rule the rule's id, e.g. {@code vague-language}
 * @param severity how much it matters
 * @param location where it is; line 0 for something missing from the whole file
 * @param message what is wrong, naming the value
 * @param hint how to fix it
 */
public record Finding(
    String rule, Severity severity, SourceLocation location, String message, String hint) {

  /** Document order: line, column, then rule id. */
  public static final Comparator<Finding> IN_DOCUMENT_ORDER =
      Comparator.comparingInt((Finding f) -> f.location().line())
          .thenComparingInt(f -> f.location().column())
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** {@code file:line:column: severity: message [rule]}, the form editors understand. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + ": " + message + " [" + rule + "]";
  }
}
