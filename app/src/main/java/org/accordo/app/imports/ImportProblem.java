package org.accordo.app.imports;

import java.util.Objects;

/**
 * A line of an export that was refused, or a note on one, with its place.
 *
 * @param file the file's name
 * @param line the 1-based line, 0 for the whole file
 * @param column the 1-based column, 0 for the whole line
 * @param message what is wrong (or was done), naming the mapping's field and the column
 */
public record ImportProblem(String file, long line, int column, String message) {

  public ImportProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
