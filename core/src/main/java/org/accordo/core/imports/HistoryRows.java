package org.accordo.core.imports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;

/**
 * Reads the rows of a status history (an audit trail) into events, each by the first rule of the
 * mapping's {@code history.rows} that applies; a row no rule applies to records nothing (an export
 * holds more than the SLA needs: assignments, time entries...). Thread-safe.
 */
public final class HistoryRows {

  private final ImportMapping mapping;
  private final HistoryMapping history;
  private final TimestampReader timestamps;

  /**
   * @throws IllegalArgumentException when the mapping has no history
   */
  public HistoryRows(ImportMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.history =
        mapping
            .history()
            .orElseThrow(
                () -> new IllegalArgumentException("the mapping says nothing of a history"));
    this.timestamps = TimestampReader.of(mapping);
  }

  /**
   * The event a row records, or empty when no rule applies to it.
   *
   * @param notes receives what was done with a value that a person may want to check
   * @throws RowProblem at the first value that cannot be imported
   */
  public Optional<ImportedEvent> read(Row row, List<RowNote> notes) {
    Optional<HistoryRule> rule = history.rules().stream().filter(r -> r.applies(row)).findFirst();
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    RowReading r = new RowReading(mapping, timestamps, row, notes);
    String ticket = r.required("ticket", history.ticket()).text().strip();
    Instant at = r.requiredInstant("at", history.at());
    long line = row.line();
    return Optional.of(
        switch (rule.get().action()) {
          case STATUS -> status(r, rule.get(), ticket, at);
          case PRIORITY -> {
            Cell cell = valueCell(r, rule.get());
            String priority = r.priority("priority", cell, value(r, rule.get(), cell));
            yield new ImportedEvent(
                ticket, EventType.PRIORITY_CHANGED, at, priority, null, null, line);
          }
          case AGENT_REPLY -> reply(ticket, at, ReplyVisibility.PUBLIC, line);
          case INTERNAL_NOTE -> reply(ticket, at, ReplyVisibility.INTERNAL, line);
          case CUSTOMER_REPLY ->
              new ImportedEvent(ticket, EventType.CUSTOMER_REPLIED, at, null, null, null, line);
          case PLAN ->
              new ImportedEvent(ticket, EventType.PLAN_PROVIDED, at, null, null, null, line);
          case CANCELLED ->
              new ImportedEvent(ticket, EventType.CANCELLED, at, null, null, null, line);
        });
  }

  private ImportedEvent status(RowReading r, HistoryRule rule, String ticket, Instant at) {
    Cell cell = valueCell(r, rule);
    StatusTarget target = r.status("status", cell, value(r, rule, cell));
    return target
        .status()
        .map(s -> new ImportedEvent(ticket, EventType.STATUS_CHANGED, at, null, s, null, r.line()))
        .orElseGet(
            () -> new ImportedEvent(ticket, EventType.CANCELLED, at, null, null, null, r.line()));
  }

  private static Cell valueCell(RowReading r, HistoryRule rule) {
    ValueSource source = rule.value().orElseThrow();
    return r.required(rule.action().id(), source.column());
  }

  private static String value(RowReading r, HistoryRule rule, Cell cell) {
    ValueSource source = rule.value().orElseThrow();
    return source
        .extract(cell.text())
        .orElseThrow(
            () ->
                RowProblem.at(
                    r.line(),
                    cell,
                    rule.action().id()
                        + ": the rule at "
                        + rule.location()
                        + " finds no value in '"
                        + cell.text().strip()
                        + "'"));
  }

  private static ImportedEvent reply(
      String ticket, Instant at, ReplyVisibility visibility, long line) {
    return new ImportedEvent(ticket, EventType.AGENT_REPLIED, at, null, null, visibility, line);
  }
}
