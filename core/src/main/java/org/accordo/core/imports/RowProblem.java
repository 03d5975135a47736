package org.accordo.core.imports;

import java.util.Objects;

/**
 * A row of an export that cannot be imported, with where it is and why. Thrown by the row readers
 * and reported by the import with the file's name: {@code tickets.csv:57:4: created '2026-02-30
 * 10:00' is not a date ...}.
 */
public final class RowProblem extends RuntimeException {

  private final long line;
  private final int column;

  /**
   * @param line the 1-based line of the record
   * @param column the 1-based column, 0 for the whole record
   * @param message what is wrong, naming the mapping's field or the column
   */
  public RowProblem(long line, int column, String message) {
    super(Objects.requireNonNull(message, "message"));
    if (line < 1 || column < 0) {
      throw new IllegalArgumentException("a row problem is at line >= 1, column >= 0");
    }
    this.line = line;
    this.column = column;
  }

  /** A problem with {@code cell} of the row at {@code line}. */
  static RowProblem at(long line, Cell cell, String message) {
    return new RowProblem(line, cell == null ? 0 : cell.column(), message);
  }

  public long line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** {@code line:column: message}, to follow a file's name. */
  public String where() {
    return line + ":" + column + ": " + getMessage();
  }
}
