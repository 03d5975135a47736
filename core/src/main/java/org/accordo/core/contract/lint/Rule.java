package org.accordo.core.contract.lint;

import java.util.Objects;

/** The id, severity, summary and fix hint every rule has; subclasses only check. */
abstract class Rule implements LintRule {

  private final String id;
  private final Severity severity;
  private final String summary;
  private final String fix;

  Rule(String id, Severity severity, String summary, String fix) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.fix = Objects.requireNonNull(fix, "fix");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final String fix() {
    return fix;
  }

  /** A finding at {@code path} (or its closest ancestor) with the rule's own hint. */
  final Finding at(LintSubject subject, String path, String message) {
    return new Finding(id, severity, subject.sourceMap().locate(path), message, fix);
  }

  /** A finding at {@code path} with a hint specific to it. */
  final Finding at(LintSubject subject, String path, String message, String hint) {
    return new Finding(id, severity, subject.sourceMap().locate(path), message, hint);
  }
}
