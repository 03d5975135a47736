package org.accordo.app.imports;

import java.io.Closeable;
import java.io.Reader;
import java.util.Locale;
import java.util.Optional;
import org.accordo.core.imports.Row;
import org.accordo.core.imports.RowProblem;

/**
 * The records of one export file, read one at a time ({@link CsvRows}, {@link JsonLinesRows}): the
 * memory held is one record's, however long the file.
 */
interface ExportRows extends Closeable {

  /**
   * The next record, or empty at the end.
   *
   * @throws RowProblem at a record that cannot be read at all (a quote never closed, a line that is
   *     not a JSON object)
   * @throws java.io.UncheckedIOException when reading fails
   */
  Optional<Row> next();

  @Override
  void close();

  /** How an export is written, told by its file name: {@code .jsonl}/{@code .ndjson}, else CSV. */
  enum Format {
    CSV,
    JSON_LINES;

    static Format of(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
          ? JSON_LINES
          : CSV;
    }

    ExportRows open(Reader reader) {
      return this == CSV ? new CsvRows(reader) : new JsonLinesRows(reader);
    }
  }
}
