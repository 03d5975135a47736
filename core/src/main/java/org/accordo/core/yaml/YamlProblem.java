package org.accordo.core.yaml;

import java.util.Objects;

/**
 * One thing wrong with a YAML document, at a place a person can find: {@code file:line:column}.
 *
 * @param source the file name or another name of the document, never null
 * @param line the 1-based line, or 0 when the problem concerns the whole document
 * @param column the 1-based column, or 0 when unknown
 * @param message what is wrong and, where it helps, what was expected
 */
public record YamlProblem(String source, int line, int column, String message) {

  public YamlProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must be >= 0, were " + line + ":" + column);
    }
  }

  /** {@code source:line:column: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + message;
  }
}
