package org.accordo.app.imports;

/** What an import does with its files once they are checked. */
public enum ImportMode {
  /** Stores everything, or nothing when a line is refused (the default). */
  ALL_OR_NOTHING,
  /** Stores the good lines and lists the refused ones. */
  KEEP_GOOD_LINES,
  /** Checks every line and says what would be imported; stores nothing. */
  DRY_RUN
}
