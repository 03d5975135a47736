package org.accordo.core.contract.lint;

/** How much a finding matters. */
public enum Severity {
  /**
   * The contract is wrong or cannot be measured as written; {@code accordo contract lint} exits 1.
   */
  ERROR,
  /** A common mistake that weakens the agreement. */
  WARNING,
  /** A suggestion. */
  INFO;

  /** The lower-case name used in output, e.g. {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
