package org.accordo.app.statements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.accordo.app.reports.ReportDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled close: every {@code accordo.close.poll-interval} (default 1 min) it plans the
 * months whose grace has passed ({@link ClosePlanner}), then closes the due ones, one per
 * transaction ({@code FOR UPDATE SKIP LOCKED}: one node does each close, the others skip it), then
 * amends the closed months a late change touched, then prints the PDFs of new versions and writes
 * their e-mails; each until none is left. A node that dies mid-close leaves its row due, and the
 * close is done again (whole) by the next node to poll, or by it after its restart. A failed close
 * is tried again a minute later, its error kept on the row.
 *
 * <p>It runs on threads of its own, so a month of 100,000 tickets never delays the clock
 * scheduler's escalations: each round's closes, amendments and prints are shared by {@code
 * accordo.close.threads} threads (one per processor by default), each claiming its own month with
 * the same {@code SKIP LOCKED} claim that shares them between nodes.
 */
@Component
class StatementWorker implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(StatementWorker.class);
  static final Duration RETRY = Duration.ofMinutes(1);
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private final ClosePlanner planner;
  private final CloseRepository closes;
  private final RenderingRepository renderings;
  private final StatementCloser closer;
  private final StatementPrinter printer;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final StatementSettings settings;
  private volatile ScheduledExecutorService executor;
  private volatile boolean stopping;

  StatementWorker(
      ClosePlanner planner,
      CloseRepository closes,
      RenderingRepository renderings,
      StatementCloser closer,
      StatementPrinter printer,
      TransactionTemplate transactions,
      Clock clock,
      StatementSettings settings) {
    this.planner = planner;
    this.closes = closes;
    this.renderings = renderings;
    this.closer = closer;
    this.printer = printer;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public void start() {
    if (!settings.scheduler()) {
      return; // off on this node
    }
    stopping = false;
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "statement-close");
              thread.setDaemon(true);
              return thread;
            });
    warmUpPdfs();
    long interval = settings.pollInterval().toMillis();
    executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
  }

  /**
   * Prints a throw-away PDF on a thread of low priority, so this node's first statement PDF is not
   * the one paying for loading and compiling the PDF code (several seconds).
   */
  private static void warmUpPdfs() {
    Thread warmUp =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                ReportDocument.warmUpPdf();
                LOG.info(
                    "PDF printing warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                LOG.warn("warming up the PDF printing failed; the first PDF will be slower", e);
              }
            },
            "statement-pdf-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
  }

  @Override
  public void stop() {
    stopping = true;
    ScheduledExecutorService running = executor;
    executor = null;
    if (running != null) {
      running.shutdownNow();
      try {
        running.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }

  /** One round: plan, close, amend, print, each until nothing is left. */
  void poll() {
    try {
      plan();
      drain("close", this::closeOne);
      drain("recheck", this::recheckOne);
      drain("print", this::printOne);
    } catch (RuntimeException e) {
      LOG.error("the statements' close failed; trying again at the next poll", e);
    }
  }

  /**
   * Does one kind of work until none is left (or the node stops), on {@link
   * StatementSettings#closeThreads()} threads, each claiming one piece per transaction; returns
   * when all of them have finished.
   */
  void drain(String work, BooleanSupplier one) {
    int threads = settings.closeThreads();
    Runnable loop =
        () -> {
          while (!stopping && one.getAsBoolean()) {
            // one piece per transaction
          }
        };
    if (threads == 1) {
      loop.run();
      return;
    }
    ExecutorService round =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread =
                  new Thread(task, "statement-" + work + "-" + THREAD_NUMBER.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        workers.add(round.submit(loop));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      // the node stops: its workers are interrupted too, and waited for
      round.shutdownNow();
      awaitQuietly(round);
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      round.shutdownNow();
      awaitQuietly(round);
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      round.shutdown();
    }
  }

  private static void awaitQuietly(ExecutorService round) {
    try {
      round.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException again) {
      Thread.currentThread().interrupt();
    }
  }

  void plan() {
    try {
      int planned = planner.plan(clock.instant());
      if (planned > 0) {
        LOG.info("{} customer-months to close", planned);
      }
    } catch (DataIntegrityViolationException e) {
      LOG.info("another node planned the same months at the same time; planning at the next poll");
    }
  }

  /** Closes the month due first; false when none was due. */
  boolean closeOne() {
    return claimed(
        closes::claimDue,
        claimed -> {
          Instant now = clock.instant();
          closes.started(claimed.key(), now);
          StoredStatement statement = closer.closeFinal(claimed.key());
          closes.closed(claimed.key(), clock.instant());
          LOG.info(
              "{} closed: version 1, {} tickets, {} events, {} outages, in {} ms",
              claimed.key(),
              statement.inputs().tickets(),
              statement.inputs().events(),
              statement.inputs().outages(),
              Duration.between(now, clock.instant()).toMillis());
        },
        (claimed, failure) ->
            closes.failed(claimed.key(), clock.instant().plus(RETRY), failure.toString()));
  }

  /** Computes again the closed month whose recheck is due first; false when none was. */
  boolean recheckOne() {
    return claimed(
        closes::claimRecheck,
        claimed -> {
          closer.amendIfChanged(claimed.key(), claimed.reasons());
          closes.rechecked(claimed.key());
        },
        (claimed, failure) ->
            closes.recheckFailed(claimed.key(), clock.instant().plus(RETRY), failure.toString()));
  }

  /** Prints the PDFs of the statement due first and writes its e-mail; false when none was due. */
  boolean printOne() {
    return claimed(
        renderings::claim,
        id -> {
          printer.print(id);
          renderings.done(id);
        },
        (id, failure) -> renderings.failed(id, clock.instant().plus(RETRY), failure.toString()));
  }

  /** What to do when work claimed in a transaction failed, in a new one. */
  @FunctionalInterface
  interface Failed<T> {
    void record(T claimed, RuntimeException failure);
  }

  /**
   * Claims one piece of work and does it in one transaction; if it fails, records the failure in
   * another (the claim's row is then due again later).
   *
   * @return false when there was nothing to claim
   */
  private <T> boolean claimed(
      Function<Instant, Optional<T>> claim, Consumer<T> work, Failed<T> failed) {
    AtomicReference<T> held = new AtomicReference<>();
    try {
      return Boolean.TRUE.equals(
          transactions.execute(
              status -> {
                Optional<T> item = claim.apply(clock.instant());
                item.ifPresent(
                    i -> {
                      held.set(i);
                      work.accept(i);
                    });
                return item.isPresent();
              }));
    } catch (RuntimeException failure) {
      T item = held.get();
      if (item == null) {
        throw failure;
      }
      if (stopping) {
        // the node's stop interrupted the work (a PDF's font read fails then); the transaction
        // rolled back, so the row is due again at once for the next node or this one's restart
        LOG.info("{} interrupted by this node's stop; still due", item);
        return false;
      }
      LOG.warn("{} failed; trying again in {}", item, RETRY, failure);
      transactions.executeWithoutResult(status -> failed.record(item, failure));
      return true;
    }
  }
}
