package org.accordo.app.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.accordo.app.operations.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, on a thread of its own: every {@code
 * accordo.imports.poll-interval} it claims the oldest import to run or resume ({@code FOR UPDATE
 * SKIP LOCKED}; one whose lease has ended, or that this node held before it restarted) and runs it
 * to its outcome ({@link ImportRunner}), renewing its lease as it goes. A failure is recorded on
 * the import and tried again at the next poll, up to {@code accordo.imports.attempts} times.
 */
@Component
class ImportWorker implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);

  private final ImportRepository imports;
  private final ImportRunner runner;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ImportSettings settings;
  private final NodeId node;
  private volatile ScheduledExecutorService executor;

  ImportWorker(
      ImportRepository imports,
      ImportRunner runner,
      TransactionTemplate transactions,
      Clock clock,
      ImportSettings settings,
      NodeId node) {
    this.imports = imports;
    this.runner = runner;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
    this.node = node;
  }

  @Override
  public void start() {
    if (!settings.worker()) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "imports");
              thread.setDaemon(true);
              return thread;
            });
    long every = settings.pollInterval().toMillis();
    executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
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

  /** Runs every import there is to run, one after the other. */
  void poll() {
    try {
      for (Optional<String> next = claim(); next.isPresent(); next = claim()) {
        runOne(next.get());
      }
    } catch (RuntimeException e) {
      LOG.error("looking for imports to run failed; trying again at the next poll", e);
    }
  }

  private Optional<String> claim() {
    Instant now = clock.instant();
    return transactions.execute(s -> imports.claim(now, node.value(), now.plus(settings.lease())));
  }

  private void runOne(String id) {
    try {
      runner.run(id);
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        return; // the node stops: the lease ends and the import resumes
      }
      LOG.warn("import {} failed; it is tried again", id, e);
      runner.failed(id, e);
    }
  }
}
