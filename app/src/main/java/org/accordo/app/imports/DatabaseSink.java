package org.accordo.app.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * Stores an import's chunks, each in one transaction with the tickets it touched (to rebuild their
 * clocks later), the checkpoint it resumes from, the renewed lease and its audit entry: a chunk is
 * stored whole or not at all, and stored once whatever happens to the node.
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

  @Override
  public void accept(ImportChunk chunk) {
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          HistoryImport.Stored stored =
              history.store(
                  chunk.tickets().stream().map(this::ticket).toList(),
                  chunk.events().stream().map(e -> event(e, now)).toList(),
                  run.requestedBy(),
                  now);
          imports.addTickets(run.id(), stored.touched());
          imports.checkpoint(run.id(), chunk.phase(), chunk.lastLine());
          renew.run();
          chunk.events().stream()
              .map(e -> e.event().at())
              .min(Instant::compareTo)
              .ifPresent(
                  earliest ->
                      holds.reachesBack(run.customerId(), ImportRunner.holder(run.id()), earliest));
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
