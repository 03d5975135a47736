package org.accordo.app.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.core.imports.Cell;
import org.accordo.core.imports.Row;
import org.accordo.core.imports.RowProblem;

/**
 * A CSV export read as a stream (RFC 4180): the first record names the columns; fields separated by
 * commas, quoted with {@code "} when they hold a comma, a quote ({@code ""}) or a line break; lines
 * ending in LF or CRLF; a UTF-8 byte order mark skipped. A record's line is the line it starts on
 * (a quoted field may span lines), a cell's column its field's position. Blank lines are skipped.
 */
final class CsvRows implements ExportRows {

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private final Map<String, Integer> columns = new HashMap<>();
  private boolean started;

  CsvRows(Reader in) {
    this.in = in;
  }

  @Override
  public Optional<Row> next() {
    if (!started) {
      started = true;
      header();
    }
    while (true) {
      long start = line;
      List<String> fields = record();
      if (fields == null) {
        return Optional.empty();
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (fields.size() > columns.size()) {
        throw new RowProblem(
            start,
            columns.size() + 1,
            "the record has "
                + fields.size()
                + " fields, the header "
                + columns.size()
                + " columns");
      }
      return Optional.of(new CsvRow(start, fields));
    }
  }

  private void header() {
    List<String> names = record();
    if (names == null) {
      throw new RowProblem(1, 0, "the file is empty: its first line must name the columns");
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (columns.putIfAbsent(name, i) != null) {
        throw new RowProblem(1, i + 1, "the header names the column '" + name + "' twice");
      }
    }
  }

  private final class CsvRow implements Row {
    private final long at;
    private final List<String> fields;

    CsvRow(long at, List<String> fields) {
      this.at = at;
      this.fields = fields;
    }

    @Override
    public long line() {
      return at;
    }

    @Override
    public Optional<Cell> cell(String column) {
      Integer index = columns.get(column);
      if (index == null || index >= fields.size() || fields.get(index).isBlank()) {
        return Optional.empty();
      }
      return Optional.of(new Cell(fields.get(index), index + 1));
    }
  }

  /** The fields of the next record, or null at the end of the input. */
  private List<String> record() {
    int c = read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    long start = line;
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw new RowProblem(
              start, fields.size() + 1, "a quoted field is never closed (a \" is missing)");
        }
        fields.add(field.toString());
        return fields;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int next = peek();
          if (next == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && peek() == '\n') {
          read();
        }
        line++;
        fields.add(field.toString());
        return fields;
      } else if (wasQuoted) {
        throw new RowProblem(
            start,
            fields.size() + 1,
            "a quoted field goes on after its closing quote; write a quote inside one as \"\"");
      } else {
        field.append(ch);
      }
      c = read();
    }
  }

  private int read() {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private int peek() {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() {
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the export: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
