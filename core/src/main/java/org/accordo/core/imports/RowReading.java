package org.accordo.core.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reading the values of one row through a mapping: required and optional cells, timestamps (with a
 * note when daylight saving time placed them), PSA statuses and priorities. Every problem is a
 * {@link RowProblem} at the cell, naming the mapping's field and the column.
 */
final class RowReading {

  private final ImportMapping mapping;
  private final TimestampReader timestamps;
  private final Row row;
  private final List<RowNote> notes;

  RowReading(ImportMapping mapping, TimestampReader timestamps, Row row, List<RowNote> notes) {
    this.mapping = mapping;
    this.timestamps = timestamps;
    this.row = row;
    this.notes = notes;
  }

  long line() {
    return row.line();
  }

  Cell required(String field, String column) {
    return row.cell(column)
        .orElseThrow(
            () ->
                new RowProblem(
                    row.line(), 0, field + " (column '" + column + "') is missing or empty"));
  }

  Optional<Cell> optional(Optional<String> column) {
    return column.flatMap(row::cell);
  }

  Instant instant(String field, String column, Cell cell) {
    try {
      TimestampReader.Read read = timestamps.read(cell.text());
      if (read.placement() != TimestampReader.Placement.EXACT) {
        notes.add(
            new RowNote(
                row.line(),
                cell.column(),
                field
                    + " '"
                    + cell.text().strip()
                    + "' "
                    + (read.placement() == TimestampReader.Placement.SHIFTED_OUT_OF_GAP
                        ? "does not exist in " + mapping.zone() + " (clocks went forward): read as "
                        : "exists twice in "
                            + mapping.zone()
                            + " (clocks went back): read as the first, ")
                    + read.instant()));
      }
      return read.instant();
    } catch (DateTimeException e) {
      throw RowProblem.at(
          row.line(), cell, field + " (column '" + column + "'): " + e.getMessage());
    }
  }

  Instant requiredInstant(String field, String column) {
    return instant(field, column, required(field, column));
  }

  Optional<Instant> optionalInstant(String field, Optional<String> column, Instant notBefore) {
    Optional<Cell> cell = optional(column);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Instant at = instant(field, column.get(), cell.get());
    if (at.isBefore(notBefore)) {
      throw RowProblem.at(
          row.line(),
          cell.get(),
          field + " " + at + " is before the ticket was created (" + notBefore + ")");
    }
    return Optional.of(at);
  }

  /** The Accordo status of a PSA status, through the mapping's {@code statuses}. */
  StatusTarget status(String field, Cell cell, String psaStatus) {
    MappedValue<StatusTarget> entry =
        mapping
            .status(psaStatus)
            .orElseThrow(
                () ->
                    RowProblem.at(
                        row.line(),
                        cell,
                        field
                            + " '"
                            + psaStatus
                            + "' is not in the mapping's statuses; add it with the Accordo status"
                            + " it stands for"));
    return entry
        .target()
        .orElseThrow(
            () ->
                RowProblem.at(
                    row.line(),
                    cell,
                    field + " '" + psaStatus + "' is left unmapped in the mapping's statuses"));
  }

  /** The contract's priority of a PSA priority, through the mapping's {@code priorities}. */
  String priority(String field, Cell cell, String psaPriority) {
    if (mapping.priorities().isEmpty()) {
      return psaPriority.strip();
    }
    MappedValue<String> entry =
        mapping
            .priority(psaPriority)
            .orElseThrow(
                () ->
                    RowProblem.at(
                        row.line(),
                        cell,
                        field
                            + " '"
                            + psaPriority
                            + "' is not in the mapping's priorities; add it with the contract's"
                            + " priority it stands for"));
    return entry
        .target()
        .orElseThrow(
            () ->
                RowProblem.at(
                    row.line(),
                    cell,
                    field + " '" + psaPriority + "' is left unmapped in the mapping's priorities"));
  }

  /** A value that must fit a column of Accordo's tables. */
  static String limited(long line, Cell cell, String field, String value, int max) {
    if (value.length() > max) {
      throw RowProblem.at(
          line, cell, field + " is " + value.length() + " characters long; at most " + max);
    }
    return value;
  }
}
