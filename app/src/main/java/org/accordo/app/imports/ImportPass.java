package org.accordo.app.imports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.clock.EventType;
import org.accordo.core.contract.Contract;
import org.accordo.core.imports.HistoryRows;
import org.accordo.core.imports.ImportMapping;
import org.accordo.core.imports.ImportedEvent;
import org.accordo.core.imports.ImportedTicket;
import org.accordo.core.imports.Row;
import org.accordo.core.imports.RowNote;
import org.accordo.core.imports.RowProblem;
import org.accordo.core.imports.TicketRows;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.NoSlaForTicket;

/**
 * One pass over an import's files: the ticket list, then the history, one row at a time, each row
 * read through the mapping and checked against the {@link ImportStore} (the contract that measures
 * its ticket, what is stored already), its events given Accordo's ids and handed to an {@link
 * ImportSink} in chunks. A bad row is refused with its line and column and the pass goes on, so one
 * pass finds every problem. The memory held grows with the tickets (about 100 bytes each) and 8
 * bytes an event, never with a whole file.
 */
final class ImportPass {

  /** Rows read before the store is asked about them together and they go to the sink. */
  static final int CHUNK = 1000;

  /** Where a pass resumes: chunks of earlier phases, and of this phase up to the line, are done. */
  record Resume(ImportPhase phase, long line) {
    static final Resume START = new Resume(ImportPhase.TICKETS, 0);

    boolean done(ImportPhase chunkPhase, long lastLine) {
      return chunkPhase.ordinal() < phase.ordinal() || (chunkPhase == phase && lastLine <= line);
    }
  }

  /** Told of each chunk read, whether or not it went to the sink. */
  interface Progress {
    void read(ImportPhase phase, long line);

    Progress NONE = (phase, line) -> {};
  }

  /**
   * A ticket of the list, or a stored one that history rows name.
   *
   * @param createdHere a ticket of the list new to Accordo: none of its events is stored yet
   */
  private record Known(
      String id, Instant openedAt, long line, int hash, Contract contract, boolean createdHere) {

    Known created() {
      return new Known(id, openedAt, line, hash, contract, true);
    }
  }

  private final ImportMapping mapping;
  private final String customer;
  private final ImportStore store;
  private final TicketRows ticketRows;
  private final Optional<HistoryRows> historyRows;
  private final ImportTally tally = new ImportTally();
  private final Map<String, Known> known = new HashMap<>();
  private final Set<String> refusedTickets = new HashSet<>();
  private final LongSet seen = new LongSet();

  /** Whether the chunks go anywhere: a check keeps none, and builds none. */
  private boolean keeping;

  /**
   * @param customer the customer imported into; empty for a file of events
   */
  ImportPass(ImportMapping mapping, String customer, ImportStore store) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.customer = Objects.requireNonNull(customer, "customer");
    this.store = Objects.requireNonNull(store, "store");
    this.ticketRows = new TicketRows(mapping);
    this.historyRows = mapping.history().map(h -> new HistoryRows(mapping));
  }

  /**
   * Reads every file, handing the chunks not done yet by {@code resume} to {@code sink}.
   *
   * @return what the files hold
   */
  ImportTally run(ImportFiles files, ImportSink sink, Resume resume, Progress progress) {
    keeping = sink != ImportSink.NONE;
    read(files.tickets(), ImportPhase.TICKETS, sink, resume, progress);
    if (files.history().isPresent()) {
      if (historyRows.isEmpty()) {
        tally.refuse(
            new ImportProblem(
                files.history().get().name(),
                0,
                0,
                "the mapping has no history section: it cannot read a history file"));
      } else {
        read(files.history().get(), ImportPhase.HISTORY, sink, resume, progress);
      }
    }
    return tally;
  }

  private void read(
      ExportSource source, ImportPhase phase, ImportSink sink, Resume resume, Progress progress) {
    List<Object> pending = new ArrayList<>(CHUNK);
    long last = 0;
    try (ExportRows rows = ExportRows.Format.of(source.name()).open(source.open())) {
      while (true) {
        Optional<Row> row;
        try {
          row = rows.next();
        } catch (RowProblem unreadable) {
          tally.refuse(problem(source, unreadable));
          if (unreadable.column() == 0 || phase == ImportPhase.TICKETS && last == 0) {
            break; // the header itself, or a file that cannot be read on
          }
          continue;
        }
        if (row.isEmpty()) {
          break;
        }
        last = row.get().line();
        Object read = readRow(source, phase, row.get());
        if (read != null) {
          pending.add(read);
        }
        if (pending.size() >= CHUNK) {
          flush(source, phase, pending, last, sink, resume, progress);
        }
      }
    }
    flush(source, phase, pending, last, sink, resume, progress);
  }

  /** A ticket or an event read from a row, or null when the row was refused or records nothing. */
  private Object readRow(ExportSource source, ImportPhase phase, Row row) {
    List<RowNote> notes = new ArrayList<>(0);
    try {
      if (phase == ImportPhase.TICKETS) {
        tally.ticketRows++;
        return ticketRows.read(row, notes);
      }
      tally.historyRows++;
      Optional<ImportedEvent> event = historyRows.orElseThrow().read(row, notes);
      if (event.isEmpty()) {
        tally.historyRowsIgnored++;
      }
      return event.orElse(null);
    } catch (RowProblem refused) {
      tally.refuse(problem(source, refused));
      return null;
    } finally {
      notes.forEach(
          n -> tally.note(new ImportProblem(source.name(), n.line(), n.column(), n.message())));
    }
  }

  private void flush(
      ExportSource source,
      ImportPhase phase,
      List<Object> pending,
      long last,
      ImportSink sink,
      Resume resume,
      Progress progress) {
    List<ImportChunk.NewTicket> tickets = new ArrayList<>();
    List<ImportChunk.NewEvent> events = new ArrayList<>();
    if (phase == ImportPhase.TICKETS) {
      tickets(source, pending, tickets, events);
    } else {
      history(source, pending, events);
    }
    pending.clear();
    if (!resume.done(phase, last)) {
      sink.accept(new ImportChunk(phase, last, tickets, events));
    }
    progress.read(phase, last);
  }

  private void tickets(
      ExportSource source,
      List<Object> pending,
      List<ImportChunk.NewTicket> tickets,
      List<ImportChunk.NewEvent> events) {
    List<ImportedTicket> fresh = new ArrayList<>();
    for (Object o : pending) {
      ImportedTicket t = (ImportedTicket) o;
      Known before = known.get(t.externalId());
      if (before != null || refusedTickets.contains(t.externalId())) {
        if (before != null && before.hash() == content(t)) {
          tally.duplicates++;
        } else {
          tally.refuse(
              problem(
                  source,
                  t.line(),
                  "ticket "
                      + t.externalId()
                      + " is on an earlier line"
                      + (before == null ? "" : " (" + before.line() + ")")
                      + " with other values; a ticket list has each ticket once"));
        }
        continue;
      }
      Optional<String> wrong = contractProblem(t);
      if (wrong.isPresent()) {
        refusedTickets.add(t.externalId());
        tally.refuse(problem(source, t.line(), wrong.get()));
        continue;
      }
      known.put(
          t.externalId(),
          new Known(
              ImportIds.ticket(customer, mapping.source(), t.externalId()),
              t.openedAt(),
              t.line(),
              content(t),
              store.contractFor(t.openedAt()).orElse(null),
              false));
      fresh.add(t);
    }
    Map<String, String> owners =
        fresh.isEmpty()
            ? Map.of()
            : store.ticketIdsOf(fresh.stream().map(ImportedTicket::externalId).toList());
    for (ImportedTicket t : fresh) {
      String id = ImportIds.ticket(customer, mapping.source(), t.externalId());
      String owner = owners.get(t.externalId());
      if (owner != null && !owner.equals(id)) {
        known.remove(t.externalId());
        refusedTickets.add(t.externalId());
        tally.refuse(
            problem(
                source,
                t.line(),
                "ticket "
                    + t.externalId()
                    + " exists in Accordo already and was not imported from "
                    + mapping.source()
                    + " (created through the API or another import)"));
        continue;
      }
      boolean created = owner == null;
      if (created) {
        tally.ticketsNew++;
        known.put(t.externalId(), known.get(t.externalId()).created());
        tickets.add(new ImportChunk.NewTicket(id, t));
      } else {
        tally.ticketsStored++;
      }
      for (ImportedEvent e : t.events()) {
        accept(id, created, e, events);
      }
    }
  }

  /** What the contract in force for the ticket says against it, if anything. */
  private Optional<String> contractProblem(ImportedTicket t) {
    if (t.openedAt().isAfter(store.latest())) {
      return Optional.of("created " + t.openedAt() + " is in the future");
    }
    for (ImportedEvent e : t.events()) {
      if (e.at().isAfter(store.latest())) {
        return Optional.of(e.type().id() + " at " + e.at() + " is in the future");
      }
    }
    Optional<Contract> contract = store.contractFor(t.openedAt());
    if (contract.isEmpty()) {
      return Optional.empty();
    }
    if (contract.get().priority(t.priority()).isEmpty()) {
      return Optional.of(
          "priority "
              + t.priority()
              + " is not a priority of contract "
              + contract.get().header().id()
              + " (in force on "
              + t.openedAt().atOffset(ZoneOffset.UTC).toLocalDate()
              + "), which has "
              + contract.get().priorityIds());
    }
    try {
      ContractClose.slaFor(contract.get(), t.externalId(), t.service());
      return Optional.empty();
    } catch (NoSlaForTicket e) {
      return Optional.of(e.getMessage());
    }
  }

  private void history(ExportSource source, List<Object> pending, List<ImportChunk.NewEvent> out) {
    Set<String> unknown = new HashSet<>();
    for (Object o : pending) {
      String ticket = ((ImportedEvent) o).ticket();
      if (!known.containsKey(ticket) && !refusedTickets.contains(ticket)) {
        unknown.add(ticket);
      }
    }
    if (!unknown.isEmpty()) {
      Map<String, String> ids = new HashMap<>();
      unknown.forEach(t -> ids.put(ImportIds.ticket(customer, mapping.source(), t), t));
      store
          .openedAt(ids.keySet())
          .forEach(
              (id, openedAt) ->
                  known.put(
                      ids.get(id),
                      new Known(
                          id, openedAt, 0, 0, store.contractFor(openedAt).orElse(null), false)));
    }
    for (Object o : pending) {
      ImportedEvent e = (ImportedEvent) o;
      Known ticket = known.get(e.ticket());
      Optional<String> wrong = eventProblem(e, ticket);
      if (wrong.isPresent()) {
        tally.refuse(problem(source, e.line(), wrong.get()));
        continue;
      }
      accept(ticket.id(), ticket.createdHere(), e, out);
    }
  }

  private Optional<String> eventProblem(ImportedEvent e, Known ticket) {
    if (ticket == null) {
      return Optional.of(
          refusedTickets.contains(e.ticket())
              ? "ticket " + e.ticket() + " was refused in the ticket list"
              : "ticket "
                  + e.ticket()
                  + " is neither in the ticket list nor imported from "
                  + mapping.source()
                  + " before");
    }
    if (e.type() == EventType.CREATED) {
      return Optional.of("a history row cannot create a ticket");
    }
    if (e.at().isBefore(ticket.openedAt())) {
      return Optional.of(
          e.type().id()
              + " at "
              + e.at()
              + " is before ticket "
              + e.ticket()
              + " was created ("
              + ticket.openedAt()
              + ")");
    }
    if (e.at().isAfter(store.latest())) {
      return Optional.of(e.type().id() + " at " + e.at() + " is in the future");
    }
    if (e.type() == EventType.PRIORITY_CHANGED
        && ticket.contract() != null
        && ticket.contract().priority(e.priority()).isEmpty()) {
      return Optional.of(
          "priority "
              + e.priority()
              + " is not a priority of contract "
              + ticket.contract().header().id()
              + ", which has "
              + ticket.contract().priorityIds());
    }
    return Optional.empty();
  }

  /**
   * Counts the event, once however often the files hold it, and adds it to the chunk when the
   * chunks are kept.
   *
   * @param createdHere its ticket is new to Accordo, created by this pass
   */
  private void accept(
      String ticketId, boolean createdHere, ImportedEvent e, List<ImportChunk.NewEvent> out) {
    String key = e.key();
    if (!seen.add(ImportIds.fingerprint(e.ticket(), key))) {
      tally.duplicates++;
      return;
    }
    tally.events++;
    if (keeping) {
      out.add(
          new ImportChunk.NewEvent(
              ticketId,
              ImportIds.event(customer, mapping.source(), e.ticket(), key),
              e,
              createdHere));
    }
  }

  /** What a ticket row says, without where it is: two rows saying the same are one ticket. */
  private static int content(ImportedTicket t) {
    return Objects.hash(
        t.subject(),
        t.priority(),
        t.service(),
        t.openedAt(),
        t.events().stream().map(ImportedEvent::key).toList());
  }

  private static ImportProblem problem(ExportSource source, RowProblem p) {
    return new ImportProblem(source.name(), p.line(), p.column(), p.getMessage());
  }

  private static ImportProblem problem(ExportSource source, long line, String message) {
    return new ImportProblem(source.name(), line, 0, message);
  }
}
