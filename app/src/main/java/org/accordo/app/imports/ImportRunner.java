package org.accordo.app.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.jdbc.TableStatistics;
import org.accordo.app.operations.NodeId;
import org.accordo.app.security.Caller;
import org.accordo.app.statements.StatementHolds;
import org.accordo.app.tickets.HistoryImport;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.lint.LintReport;
import org.accordo.core.imports.Coverage;
import org.accordo.core.imports.ImportMapping;
import org.accordo.core.imports.MappingLinter;
import org.accordo.core.imports.MappingLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import, step by step, from wherever its record says it stands, so that a node that takes
 * over an import left by another (or by itself before a restart) resumes it: {@code checking} reads
 * every line and stores nothing; then, unless the outcome is already decided (a dry run, lint
 * errors, refused lines without the option to keep the good ones), {@code tickets} and {@code
 * history} store the good lines chunk by chunk from the last checkpoint; {@code clocks} rebuilds,
 * some tickets per transaction, the clocks of every ticket that got an event ({@link
 * TicketClocks#rebuildAll}). Each step commits as it goes; the outcome is written last.
 */
@Component
class ImportRunner {

  /** Tickets whose clocks one transaction rebuilds. */
  static final int REBUILD_BATCH = 200;

  /**
   * Tickets to rebuild read at a time, then rebuilt in batches on all the rebuilding threads: the
   * ids of a large import are not all held at once.
   */
  static final int REBUILD_PAGE = 250 * REBUILD_BATCH;

  /** How long a failed import waits before its next attempt, times its attempts so far. */
  static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(10);

  /** The tables storing an import's lines fills, whose statistics are refreshed as they grow. */
  static final List<String> STORED_TABLES = List.of("ticket", "ticket_event", "import_ticket");

  /** The tables rebuilding the clocks fills. */
  static final List<String> REBUILT_TABLES =
      List.of("ticket_sla", "clock", "escalation", "import_ticket");

  private final ImportRepository imports;
  private final HistoryImport history;
  private final TicketClocks clocks;
  private final ContractLibrary contracts;
  private final CustomerService customers;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ImportSettings settings;
  private final NodeId node;
  private final TableStatistics statistics;
  private final StatementHolds holds;

  ImportRunner(
      ImportRepository imports,
      HistoryImport history,
      TicketClocks clocks,
      ContractLibrary contracts,
      CustomerService customers,
      AuditLog audit,
      TransactionTemplate transactions,
      Clock clock,
      ImportSettings settings,
      NodeId node,
      TableStatistics statistics,
      StatementHolds holds) {
    this.imports = imports;
    this.history = history;
    this.clocks = clocks;
    this.contracts = contracts;
    this.customers = customers;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
    this.node = node;
    this.statistics = statistics;
    this.holds = holds;
  }

  /** Runs (or resumes) the import with this id until it has its outcome. */
  void run(String id) {
    ImportRun run = imports.get(id);
    ImportMapping mapping =
        MappingLoader.load(StoredFiles.text(imports, id, "mapping"), "mapping").orThrow();
    ImportFiles files =
        new ImportFiles(
            StoredFiles.source(imports, id, "tickets").orElseThrow(),
            StoredFiles.source(imports, id, "history"));
    DatabaseStore store = store(run, mapping);
    if (run.phase() == ImportPhase.CHECKING) {
      Optional<ImportOutcome> decided = check(run, mapping, files, store);
      if (decided.isPresent()) {
        return;
      }
      run = imports.get(id);
    }
    if (run.phase() == ImportPhase.TICKETS || run.phase() == ImportPhase.HISTORY) {
      ImportPass.Resume resume = new ImportPass.Resume(run.phase(), run.resumeLine());
      ImportRun stored = run;
      DatabaseSink sink =
          new DatabaseSink(
              run, history, imports, audit, transactions, clock, () -> renew(stored.id()), holds);
      Growth chunks = new Growth();
      ImportPass.Progress told = progress(run.id());
      // chunks stored side by side while the next ones are read, recorded in reading order
      try (ChunkWriters writers = new ChunkWriters(settings.writers())) {
        ImportPhase[] storing = {null};
        new ImportPass(mapping, run.customerId(), store)
            .run(
                files,
                chunk -> {
                  if (storing[0] != null && storing[0] != chunk.phase()) {
                    writers.barrier(); // the history's events need the list's tickets committed
                  }
                  storing[0] = chunk.phase();
                  writers.submit(
                      chunk.split(writers.lanes()).stream()
                          .map(part -> (Runnable) () -> sink.store(part))
                          .toList(),
                      () -> {
                        sink.record(chunk);
                        if (chunks.grown()) {
                          statistics.refresh(STORED_TABLES);
                        }
                      });
                },
                resume,
                (phase, line) -> writers.record(() -> told.read(phase, line)));
        writers.finish();
      }
      statistics.refresh(STORED_TABLES);
      int tickets = inTransaction(() -> imports.countTickets(stored.id()));
      transactions.executeWithoutResult(s -> imports.rebuildPhase(stored.id(), tickets));
      run = imports.get(id);
    }
    if (run.phase() == ImportPhase.CLOCKS) {
      rebuild(run);
      complete(imports.get(id));
    }
  }

  /**
   * The checking step: the mapping linted against the contract in force today, every line read;
   * records the outcome when nothing is to be stored, else moves on to storing.
   */
  private Optional<ImportOutcome> check(
      ImportRun run, ImportMapping mapping, ImportFiles files, DatabaseStore store) {
    Optional<Contract> today =
        contracts
            .inForce(run.customerId(), clock.instant().atZone(zone(run)).toLocalDate())
            .map(ContractLibrary.LoadedContract::contract);
    LintReport lint = MappingLinter.lint(mapping, today);
    ImportSummary checked =
        new ImportPass(mapping, run.customerId(), store)
            .run(files, ImportSink.NONE, ImportPass.Resume.START, progress(run.id()))
            .summary();
    boolean stores =
        !lint.hasErrors()
            && run.mode() != ImportMode.DRY_RUN
            && (checked.refused() == 0 || run.mode() == ImportMode.KEEP_GOOD_LINES);
    ImportOutcome outcome = new ImportOutcome(lint, Coverage.of(mapping), checked, stores);
    if (!stores) {
      ImportState state =
          run.mode() == ImportMode.DRY_RUN && !lint.hasErrors()
              ? ImportState.CHECKED
              : ImportState.REFUSED;
      finish(run, state, ImportResultJson.of(outcome), null);
      return Optional.of(outcome);
    }
    transactions.executeWithoutResult(
        s -> {
          imports.checkpoint(run.id(), ImportPhase.TICKETS, 0);
          imports.finishCheck(run.id(), ImportResultJson.of(outcome));
          holds.hold(run.customerId(), holder(run.id()), clock.instant());
        });
    return Optional.empty();
  }

  /**
   * Rebuilds the clocks of the import's tickets not rebuilt yet, {@value #REBUILD_BATCH} a
   * transaction, on {@link ImportSettings#rebuilders()} threads at once: the tickets are
   * independent, and one transaction at a time left a core idle while it waited for the database.
   * Each batch marks its tickets rebuilt in its own transaction, so a restart resumes with the
   * others; the first failure stops the batches not started and is the import's failure.
   */
  private void rebuild(ImportRun run) {
    Growth grown = new Growth();
    String after = "";
    while (true) {
      String from = after;
      List<String> todo = inTransaction(() -> imports.notRebuilt(run.id(), from, REBUILD_PAGE));
      if (todo.isEmpty()) {
        return;
      }
      rebuild(run, todo, grown);
      after = todo.get(todo.size() - 1);
    }
  }

  /**
   * Rebuilds a page of the import's tickets, {@value #REBUILD_BATCH} a transaction, in parallel.
   */
  private void rebuild(ImportRun run, List<String> todo, Growth grown) {
    List<List<String>> batches = new ArrayList<>();
    for (int from = 0; from < todo.size(); from += REBUILD_BATCH) {
      batches.add(todo.subList(from, Math.min(todo.size(), from + REBUILD_BATCH)));
    }
    int threads = Math.min(settings.rebuilders(), Math.max(1, batches.size()));
    AtomicInteger named = new AtomicInteger();
    AtomicBoolean stopped = new AtomicBoolean();
    ExecutorService rebuilders =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, "import-rebuild-" + named.incrementAndGet()));
    try {
      CompletionService<Void> done = new ExecutorCompletionService<>(rebuilders);
      batches.forEach(
          batch ->
              done.submit(
                  () -> {
                    if (!stopped.get()) {
                      rebuildBatch(run, batch);
                    }
                  },
                  null));
      for (int i = 0; i < batches.size(); i++) {
        waitFor(done);
        if (grown.grown()) {
          statistics.refresh(REBUILT_TABLES);
        }
      }
    } finally {
      // after a failure: no batch starts, those running end (not interrupted: an interrupted
      // JDBC call can close an embedded database's file) before the failure is recorded
      stopped.set(true);
      rebuilders.shutdown();
      awaitTermination(rebuilders);
    }
  }

  private static void awaitTermination(ExecutorService threads) {
    try {
      while (!threads.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
        // a batch's transaction is still running
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rebuildBatch(ImportRun run, List<String> tickets) {
    transactions.executeWithoutResult(
        s -> {
          clocks.rebuildAll(tickets, clock.instant());
          imports.markRebuilt(run.id(), tickets);
          // last: the import's row is what concurrent batches wait for each other on
          imports.rebuilt(run.id(), tickets.size(), leaseEnd());
        });
  }

  private static void waitFor(CompletionService<Void> done) {
    try {
      done.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rebuilding an import's clocks", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Counts chunks (or batches) stored and tells when their number has grown fourfold since it last
   * did (at 1, 4, 16, 64 ...): the tables have grown enough that the planner's statistics are to be
   * refreshed, a number of times that grows with the logarithm of the import's size (each {@code
   * ANALYZE} reads a sample of up to 30,000 rows of each table: fourfold, not twofold, halves that
   * work; the planner scales the rows it expects with the pages a table has now).
   */
  private static final class Growth {
    private long count;
    private long next = 1;

    boolean grown() {
      count++;
      if (count < next) {
        return false;
      }
      next *= 4;
      return true;
    }
  }

  private void complete(ImportRun run) {
    finish(run, ImportState.COMPLETED, run.result(), null);
  }

  private void finish(ImportRun run, ImportState state, String result, String failure) {
    transactions.executeWithoutResult(
        s -> {
          imports.finish(run.id(), state, clock.instant(), result, failure);
          if (state == ImportState.FAILED) {
            // chunks stored after the last recorded one are not on the hold: every month is
            // computed again rather than one left without the history it got
            holds.reachesBack(run.customerId(), holder(run.id()), Instant.EPOCH);
          }
          holds.release(
              run.customerId(),
              holder(run.id()),
              "history imported from " + run.source() + " (import " + run.id() + ")",
              clock.instant());
          audit.record(
              Caller.SYSTEM,
              "import." + state.id(),
              "import",
              run.id(),
              run.customerId(),
              run.source() + " import " + state.id());
        });
  }

  /** Records a failed attempt; after the last, the import is {@code failed}, visibly. */
  void failed(String id, RuntimeException failure) {
    ImportRun run = imports.get(id);
    String reason = String.valueOf(failure.getMessage());
    reason = reason.length() > 1500 ? reason.substring(0, 1500) : reason;
    if (run.attempts() + 1 >= settings.attempts()) {
      finish(
          run,
          ImportState.FAILED,
          run.result(),
          "failed after "
              + settings.attempts()
              + " attempts in phase "
              + run.phase().id()
              + " (stored up to line "
              + run.resumeLine()
              + " of that phase; importing the same files again resumes without storing anything"
              + " twice): "
              + reason);
    } else {
      String why = reason;
      Instant retryAt = clock.instant().plus(RETRY_AFTER.multipliedBy(run.attempts() + 1L));
      transactions.executeWithoutResult(s -> imports.retry(id, why, retryAt));
    }
  }

  private ImportPass.Progress progress(String id) {
    long[] ticketLines = {0};
    return (phase, line) -> {
      if (phase == ImportPhase.TICKETS) {
        ticketLines[0] = line;
      }
      long done = phase == ImportPhase.HISTORY ? ticketLines[0] + line : line;
      ImportPhase shown =
          imports.get(id).phase() == ImportPhase.CHECKING ? ImportPhase.CHECKING : phase;
      transactions.executeWithoutResult(s -> imports.progress(id, shown, done, leaseEnd()));
    };
  }

  /**
   * What holds the customer's months while the import stores its lines and rebuilds their clocks
   * ({@link StatementHolds}): released with its outcome, which has the months it reached closed
   * again from every line it stored.
   */
  static String holder(String importId) {
    return "import " + importId;
  }

  private void renew(String id) {
    imports.lease(id, node.value(), leaseEnd());
  }

  private Instant leaseEnd() {
    return clock.instant().plus(settings.lease());
  }

  private DatabaseStore store(ImportRun run, ImportMapping mapping) {
    return new DatabaseStore(
        run.customerId(),
        zone(run),
        mapping.source(),
        contracts,
        history,
        clock.instant().plusSeconds(300));
  }

  private java.time.ZoneId zone(ImportRun run) {
    return customers.visible(Caller.SYSTEM, run.customerId()).timeZone();
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return transactions.execute(s -> work.get());
  }
}
