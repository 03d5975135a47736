package org.accordo.app.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.eventcodec.EventPayload;
import org.accordo.app.security.Caller;
import org.accordo.app.statements.StatementHolds;
import org.accordo.app.tickets.HistoryImport;
import org.accordo.app.tickets.StoredEvent;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.imports.ImportedEvent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an import's chunks: each in one transaction with its audit entry and the tickets it names
 * (to rebuild their clocks later) ({@link #store}), then, in reading order, in another the
 * checkpoint it resumes from and the renewed lease ({@link #record}). A chunk is stored whole or
 * not at all, and stored once whatever happens to the node: one stored and not recorded is stored
 * again, storing nothing twice, by the attempt that resumes from the checkpoint before it.
 */
final class DatabaseSink implements ImportSink {

  private final ImportRun run;
  private final HistoryImport history;
  private final ImportRepository imports;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Runnable renew;
  private final StatementHolds holds;

  DatabaseSink(
      ImportRun run,
      HistoryImport history,
      ImportRepository imports,
      AuditLog audit,
      TransactionTemplate transactions,
      Clock clock,
      Runnable renew,
      StatementHolds holds) {
    this.run = run;
    this.history = history;
    this.imports = imports;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.renew = renew;
    this.holds = holds;
  }

  /** Stores the chunk ({@link #store}) and records it ({@link #record}), one after the other. */
  @Override
  public void accept(ImportChunk chunk) {
    store(chunk);
    record(chunk);
  }

  /**
   * Stores the chunk's tickets and events in one transaction, with its audit entry and the tickets
   * it names among those whose clocks the import rebuilds (every ticket its rows name, stored by it
   * or before it: a chunk stored again after a restart stores nothing but names them all the same),
   * so that no ticket it stores is ever committed without being known as the import's ({@link
   * org.accordo.app.clocks.UnfinishedHistories}). It touches no row another chunk's transaction
   * could (a ticket's rows are all in one part of a chunk; not the import's row, not its hold), so
   * that chunks are stored side by side ({@link ChunkWriters}).
   */
  void store(ImportChunk chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          HistoryImport.Stored stored =
              history.store(
                  chunk.tickets().stream().map(this::ticket).toList(),
                  chunk.events().stream().map(e -> event(e, now)).toList(),
                  chunk.events().stream()
                      .filter(ImportChunk.NewEvent::ticketCreatedHere)
                      .map(ImportChunk.NewEvent::ticketId)
                      .collect(Collectors.toSet()),
                  run.requestedBy(),
                  now);
          imports.addTickets(run.id(), named(chunk));
          if (stored.tickets() > 0 || stored.events() > 0) {
            audit.record(
                Caller.SYSTEM,
                "import.stored",
                "import",
                run.id(),
                run.customerId(),
                stored.tickets()
                    + " tickets and "
                    + stored.events()
                    + " events from "
                    + chunk.phase().id()
                    + " lines up to "
                    + chunk.lastLine());
          }
        });
  }

  /**
   * Records, once the chunk and every chunk before it are stored, what follows from it, in one
   * transaction: the earliest instant it holds on the import's hold of the customer's months, the
   * checkpoint after it and the renewed lease.
   */
  void record(ImportChunk chunk) {
    transactions.executeWithoutResult(
        status -> {
          chunk.events().stream()
              .map(e -> e.event().at())
              .min(Instant::compareTo)
              .ifPresent(
                  earliest ->
                      holds.reachesBack(run.customerId(), ImportRunner.holder(run.id()), earliest));
          imports.checkpoint(run.id(), chunk.phase(), chunk.lastLine());
          renew.run();
        });
  }

  /** Every ticket the chunk's rows name. */
  private static Set<String> named(ImportChunk chunk) {
    Set<String> named = new HashSet<>();
    chunk.tickets().forEach(t -> named.add(t.id()));
    chunk.events().forEach(e -> named.add(e.ticketId()));
    return named;
  }

  private HistoryImport.NewTicket ticket(ImportChunk.NewTicket t) {
    return new HistoryImport.NewTicket(
        t.id(),
        run.customerId(),
        t.ticket().externalId(),
        t.ticket().subject(),
        t.ticket().priority(),
        t.ticket().service().orElse(null),
        t.ticket().openedAt());
  }

  private StoredEvent event(ImportChunk.NewEvent e, Instant now) {
    ImportedEvent event = e.event();
    return StoredEvent.of(
        0,
        e.id(),
        e.ticketId(),
        run.customerId(),
        event.type(),
        event.at(),
        now,
        run.requestedBy(),
        new EventPayload(
            event.priority(),
            event.status(),
            event.visibility() == null ? null : event.visibility() == ReplyVisibility.PUBLIC,
            null,
            null,
            null,
            List.of()));
  }
}
