package org.accordo.core.contract.lint;

import java.util.List;

/**
 * The findings of one contract file, in document order.
 *
 * @param source the file's name
 * @param findings every finding, ordered by line, column and rule
 */
public record LintReport(String source, List<Finding> findings) {

  public LintReport {
    java.util.Objects.requireNonNull(source, "source");
    findings = findings.stream().sorted(Finding.IN_DOCUMENT_ORDER).toList();
  }

  /** True when some finding is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** How many findings have {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
