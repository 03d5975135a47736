package org.accordo.core.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.policy.TicketStatus;

/**
 * Reads the rows of a ticket list into tickets with the events their times imply: {@code created}
 * at the creation time with the ticket's priority; a public {@code agent_replied} at the first
 * response; {@code status_changed} to {@code resolved} and to {@code closed} at those times; {@code
 * cancelled} when the current status maps to {@code cancelled} (at the closing time, else the
 * resolution, else the last update). Other current statuses say nothing about when they began and
 * are not used. Thread-safe.
 */
public final class TicketRows {

  /** The longest subject Accordo stores; a longer one is cut, with a note. */
  static final int MAX_SUBJECT = 500;

  private final ImportMapping mapping;
  private final TimestampReader timestamps;

  public TicketRows(ImportMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.timestamps = TimestampReader.of(mapping);
  }

  /**
   * The ticket of a row.
   *
   * @param notes receives what was done with a value that a person may want to check
   * @throws RowProblem at the first value that cannot be imported
   */
  public ImportedTicket read(Row row, List<RowNote> notes) {
    TicketColumns c = mapping.tickets();
    RowReading r = new RowReading(mapping, timestamps, row, notes);
    long line = row.line();
    Cell idCell = r.required("id", c.id());
    String id = RowReading.limited(line, idCell, "id", idCell.text().strip(), 200);
    Cell priorityCell = r.required("priority", c.priority());
    String priority =
        RowReading.limited(
            line,
            priorityCell,
            "priority",
            r.priority("priority", priorityCell, priorityCell.text()),
            32);
    Instant created = r.requiredInstant("created", c.created());
    List<ImportedEvent> events = new ArrayList<>();
    events.add(new ImportedEvent(id, EventType.CREATED, created, priority, null, null, line));
    Optional<Instant> responded = r.optionalInstant("first_response", c.firstResponse(), created);
    responded.ifPresent(
        at ->
            events.add(
                new ImportedEvent(
                    id, EventType.AGENT_REPLIED, at, null, null, ReplyVisibility.PUBLIC, line)));
    Optional<Instant> resolved = r.optionalInstant("resolved", c.resolved(), created);
    resolved.ifPresent(at -> events.add(statusChange(id, at, TicketStatus.RESOLVED, line)));
    Optional<Instant> closed = r.optionalInstant("closed", c.closed(), created);
    closed.ifPresent(at -> events.add(statusChange(id, at, TicketStatus.CLOSED, line)));
    cancellation(r, id, created, closed.or(() -> resolved)).ifPresent(events::add);
    return new ImportedTicket(
        id, subject(r, id, notes), priority, service(r), created, events, line);
  }

  private Optional<ImportedEvent> cancellation(
      RowReading r, String id, Instant created, Optional<Instant> ended) {
    Optional<Cell> status = r.optional(mapping.tickets().status());
    if (status.isEmpty()
        || r.status("status", status.get(), status.get().text()) != StatusTarget.CANCELLED) {
      return Optional.empty();
    }
    Optional<Instant> at =
        ended.or(() -> r.optionalInstant("updated", mapping.tickets().updated(), created));
    if (at.isEmpty()) {
      throw RowProblem.at(
          r.line(),
          status.get(),
          "status '"
              + status.get().text().strip()
              + "' cancels the ticket, but the row has no closed, resolved or updated time to"
              + " date the cancellation");
    }
    return Optional.of(
        new ImportedEvent(id, EventType.CANCELLED, at.get(), null, null, null, r.line()));
  }

  private String subject(RowReading r, String id, List<RowNote> notes) {
    Optional<Cell> cell = r.optional(mapping.tickets().subject());
    if (cell.isEmpty()) {
      return "ticket " + id;
    }
    String subject = cell.get().text().strip().replaceAll("\\p{Cntrl}", " ");
    if (subject.length() > MAX_SUBJECT) {
      notes.add(
          new RowNote(
              r.line(),
              cell.get().column(),
              "subject cut from " + subject.length() + " to " + MAX_SUBJECT + " characters"));
      return subject.substring(0, MAX_SUBJECT);
    }
    return subject;
  }

  private Optional<String> service(RowReading r) {
    Optional<Cell> cell = r.optional(mapping.tickets().service());
    if (cell.isEmpty()) {
      return mapping.defaultService();
    }
    String value = cell.get().text().strip();
    if (mapping.services().isEmpty()) {
      return Optional.of(RowReading.limited(r.line(), cell.get(), "service", value, 100));
    }
    MappedValue<String> entry =
        mapping
            .service(value)
            .orElseThrow(
                () ->
                    RowProblem.at(
                        r.line(),
                        cell.get(),
                        "service '"
                            + value
                            + "' is not in the mapping's services; add it with the contract's"
                            + " service it stands for"));
    return entry.target().or(mapping::defaultService);
  }

  private static ImportedEvent statusChange(String id, Instant at, TicketStatus to, long line) {
    return new ImportedEvent(id, EventType.STATUS_CHANGED, at, null, to, null, line);
  }
}
