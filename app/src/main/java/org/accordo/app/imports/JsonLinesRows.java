package org.accordo.app.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.accordo.core.imports.Cell;
import org.accordo.core.imports.Row;
import org.accordo.core.imports.RowProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines export read as a stream: one JSON object a line, blank lines skipped. A column is a
 * property path, nested properties joined with dots ({@code status.name}); a string, number or
 * boolean is read as its text, {@code null} as no value. A cell's column is the character where its
 * property's name starts on the line.
 */
final class JsonLinesRows implements ExportRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BufferedReader in;
  private long line;

  JsonLinesRows(Reader in) {
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
  }

  @Override
  public Optional<Row> next() {
    try {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (!text.isBlank()) {
          return Optional.of(row(line, text));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the export: " + e.getMessage(), e);
    }
  }

  private static Row row(long at, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new RowProblem(
          at,
          e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr()),
          "not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new RowProblem(at, 1, "each line must be one JSON object");
    }
    return new Row() {
      @Override
      public long line() {
        return at;
      }

      @Override
      public Optional<Cell> cell(String column) {
        JsonNode value = node;
        for (String part : column.split("\\.")) {
          value = value == null ? null : value.get(part);
        }
        if (value == null || value.isNull()) {
          return Optional.empty();
        }
        int where = text.indexOf("\"" + column.substring(column.lastIndexOf('.') + 1) + "\"") + 1;
        if (value.isContainer()) {
          throw new RowProblem(
              at,
              where,
              "'"
                  + column
                  + "' is a JSON "
                  + (value.isArray() ? "list" : "object")
                  + "; name a value inside it, e.g. "
                  + column
                  + ".name");
        }
        String v = value.asString();
        return v.isBlank() ? Optional.empty() : Optional.of(new Cell(v, where));
      }
    };
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
