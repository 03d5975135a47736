package org.accordo.core.imports;

import java.util.Optional;

/** One record of an export (a CSV record, a JSON Lines object), read by column name. */
public interface Row {

  /** The 1-based line of the file the record starts on. */
  long line();

  /**
   * The value of {@code column}; empty when the column is missing, the value empty or blank, or
   * JSON {@code null}.
   */
  Optional<Cell> cell(String column);
}
