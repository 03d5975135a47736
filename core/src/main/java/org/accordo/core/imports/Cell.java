package org.accordo.core.imports;

import java.util.Objects;

/**
 * A value of a row as written, with where it is.
 *
 * @param text the value, not blank
 * @param column the 1-based column (a CSV field's position, a JSON value's character), 0 when
 *     unknown
 */
public record Cell(String text, int column) {

  public Cell {
    Objects.requireNonNull(text, "text");
    if (column < 0) {
      throw new IllegalArgumentException("a column is 0 or more, was " + column);
    }
  }
}
