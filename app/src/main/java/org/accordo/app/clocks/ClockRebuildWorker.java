package org.accordo.app.clocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Does the clock rebuilds that contract uploads scheduled: every {@code
 * accordo.clocks.poll-interval} (default 1 s) it claims one scheduled ticket ({@code FOR UPDATE
 * SKIP LOCKED}, so nodes share the work), rebuilds it ({@link TicketClocks#rebuild}: the SLA chosen
 * again, the clocks recomputed at now, crossings not yet recorded recorded; recorded ones stay) and
 * removes it from the schedule, in one transaction, then the next, until none is left; then it
 * marks the rebuilds with no ticket left complete (audited as {@code clock_rebuild.completed} when
 * it had tickets). A crash loses at most the ticket in hand, which is done again after the restart.
 * A failed ticket is tried again a minute later.
 *
 * <p>It runs on a thread of its own, so a large rebuild never delays the scheduler's escalations.
 */
@Component
class ClockRebuildWorker implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ClockRebuildWorker.class);
  static final Duration RETRY = Duration.ofMinutes(1);

  private final ClockRebuildRepository rebuilds;
  private final RebuildCandidates tickets;
  private final TicketClocks clocks;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ClockSettings settings;
  private volatile ScheduledExecutorService executor;
  private volatile boolean stopping;

  ClockRebuildWorker(
      ClockRebuildRepository rebuilds,
      RebuildCandidates tickets,
      TicketClocks clocks,
      AuditLog audit,
      TransactionTemplate transactions,
      Clock clock,
      ClockSettings settings) {
    this.rebuilds = rebuilds;
    this.tickets = tickets;
    this.clocks = clocks;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public void start() {
    if (!settings.scheduler()) {
      return; // off on this node, with the scheduler
    }
    stopping = false;
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "clock-rebuild");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::poll,
        settings.pollInterval().toMillis(),
        settings.pollInterval().toMillis(),
        TimeUnit.MILLISECONDS);
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

  void poll() {
    try {
      boolean more = true;
      while (more && !stopping) {
        while (!stopping && rebuildOne()) {
          // one ticket per transaction, until none is due
        }
        more = completeFinished();
      }
    } catch (RuntimeException e) {
      LOG.error(
          "rebuilding clocks after a contract upload failed; trying again at the next poll", e);
    }
  }

  /** Rebuilds one scheduled ticket; false when none was due. */
  boolean rebuildOne() {
    AtomicReference<ClockRebuildRepository.Item> claimed = new AtomicReference<>();
    try {
      return Boolean.TRUE.equals(
          transactions.execute(
              status -> {
                Instant now = clock.instant();
                Optional<ClockRebuildRepository.Item> item = rebuilds.claim(now);
                item.ifPresent(
                    i -> {
                      claimed.set(i);
                      clocks.rebuild(i.ticketId(), now);
                      rebuilds.done(i, now);
                    });
                return item.isPresent();
              }));
    } catch (RuntimeException failure) {
      ClockRebuildRepository.Item item = claimed.get();
      if (item == null) {
        throw failure;
      }
      LOG.warn(
          "rebuilding the clocks of ticket {} failed; trying again in {}",
          item.ticketId(),
          RETRY,
          failure);
      transactions.executeWithoutResult(
          status ->
              rebuilds.failed(
                  item, clock.instant().plus(RETRY), String.valueOf(failure.getMessage())));
      return true;
    }
  }

  /**
   * Completes the rebuilds whose tickets are all done, one per transaction, after a last check for
   * tickets of their dates created while the upload committed (a rebuild that gets some is
   * completed at a later poll, once they are done too); false when none was left to complete.
   */
  boolean completeFinished() {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              Optional<ClockRebuildRepository.Rebuild> finished = rebuilds.claimFinished();
              finished.ifPresent(
                  rebuild -> {
                    ClockRebuildRepository.Range range = rebuilds.range(rebuild);
                    int missed =
                        rebuilds.addMissed(
                            rebuild,
                            tickets.openedBetween(
                                rebuild.customerId(), range.from(), range.until()));
                    if (missed > 0) {
                      LOG.info(
                          "{} tickets of customer {} were created while version {} was uploaded; rebuilding them too",
                          missed,
                          rebuild.customerId(),
                          rebuild.contractVersion());
                      return;
                    }
                    rebuilds.complete(rebuild, clock.instant());
                    int tickets =
                        rebuilds
                            .find(rebuild.customerId(), rebuild.contractVersion())
                            .map(ClockRebuildProgress::tickets)
                            .orElse(0);
                    if (tickets
                        > 0) { // like its scheduling: a rebuild of no ticket changed nothing worth
                      // an entry
                      audit.record(
                          Caller.SYSTEM,
                          "clock_rebuild.completed",
                          "contract",
                          rebuild.customerId() + "/" + rebuild.contractVersion(),
                          rebuild.customerId(),
                          "clocks of "
                              + tickets
                              + " tickets rebuilt after the upload of version "
                              + rebuild.contractVersion());
                    }
                  });
              return finished.isPresent();
            }));
  }
}
