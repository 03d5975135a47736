package org.accordo.core.contract;

import java.util.Objects;

/**
 * A place in a contract file, as editors understand it.
 *
 * @param source the file name, never null
 * @param line the 1-based line, or 0 for the whole document
 * @param column the 1-based column, or 0 when unknown
 */
public record SourceLocation(String source, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must be >= 0, were " + line + ":" + column);
    }
  }

  /** The whole document, for findings about something that is missing from it. */
  public static SourceLocation document(String source) {
    return new SourceLocation(source, 0, 0);
  }

  /** {@code source:line:column}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
