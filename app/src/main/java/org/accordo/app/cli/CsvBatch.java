package org.accordo.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Streams a CSV batch: checks the header, turns each row into one output row, and writes the output
 * in large blocks of complete rows, holding only one block in memory however long the input. A bad
 * row stops the run: the rows before it have been written, complete, and nothing after; {@code line
 * N: <what is wrong>} goes to stderr and the exit code is 2, so a caller that checks the exit code
 * never takes the output for complete.
 */
final class CsvBatch {

  /** Turns the fields of one input row into the output row, appended without its newline. */
  interface RowFunction {
    /**
     * @throws IllegalArgumentException saying what is wrong with the row
     */
    void apply(String[] fields, StringBuilder out);
  }

  private static final int FLUSH_AT = 1 << 16;

  private final String inputHeader;
  private final String outputHeader;
  private final RowFunction function;

  CsvBatch(String inputHeader, String outputHeader, RowFunction function) {
    this.inputHeader = inputHeader;
    this.outputHeader = outputHeader;
    this.function = function;
  }

  /** Runs the batch; returns the exit code (0, or 2 after a bad row). */
  int run(InputStream input, PrintWriter out, PrintWriter err) {
    int fieldCount = inputHeader.split(",").length;
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
    StringBuilder block = new StringBuilder(FLUSH_AT + 256);
    long lineNumber = 1;
    try {
      String header = reader.readLine();
      if (header == null || !normalized(stripBom(header)).equals(inputHeader)) {
        return fail(
            err,
            out,
            1,
            "expected the header '"
                + inputHeader
                + "', found "
                + (header == null ? "no input" : "'" + header + "'"));
      }
      block.append(outputHeader).append('\n');
      String[] fields = new String[fieldCount];
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        int mark = block.length();
        try {
          split(line, fields);
          function.apply(fields, block);
        } catch (IllegalArgumentException e) {
          block.setLength(mark);
          out.write(block.toString());
          return fail(err, out, lineNumber, e.getMessage());
        }
        block.append('\n');
        if (block.length() >= FLUSH_AT) {
          out.write(block.toString());
          block.setLength(0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the input: " + e.getMessage(), e);
    }
    out.write(block.toString());
    out.flush();
    return 0;
  }

  private static int fail(PrintWriter err, PrintWriter out, long lineNumber, String message) {
    out.flush();
    err.println("line " + lineNumber + ": " + message);
    err.flush();
    return Accordo.EXIT_BAD_INPUT;
  }

  /**
   * Splits on commas into exactly {@code fields.length} trimmed fields. The values never contain
   * commas, so quoting is only undone, as spreadsheets write {@code "2026-01-09T16:30:00Z"}.
   */
  private static void split(String line, String[] fields) {
    int from = 0;
    for (int i = 0; i < fields.length; i++) {
      int comma = line.indexOf(',', from);
      boolean last = i == fields.length - 1;
      if (last != (comma < 0)) {
        throw new IllegalArgumentException(
            "expected "
                + fields.length
                + " fields, found "
                + (line.split(",", -1).length)
                + " in '"
                + line
                + "'");
      }
      fields[i] = unquoted(line.substring(from, last ? line.length() : comma).strip());
      from = comma + 1;
    }
  }

  private static String unquoted(String field) {
    return field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"'
        ? field.substring(1, field.length() - 1).strip()
        : field;
  }

  /**
   * The header's names without spaces or quotes around them: {@code "start", "end"} is {@code
   * start,end}.
   */
  private static String normalized(String header) {
    StringBuilder names = new StringBuilder();
    for (String name : header.split(",", -1)) {
      names.append(names.length() == 0 ? "" : ",").append(unquoted(name.strip()));
    }
    return names.toString();
  }

  private static String stripBom(String header) {
    return header.startsWith("\uFEFF") ? header.substring(1) : header;
  }
}
