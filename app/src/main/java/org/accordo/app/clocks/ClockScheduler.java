package org.accordo.app.clocks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accordo.app.work.DueWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes clocks that come due without an event: every {@code accordo.clocks.poll-interval}
 * (default 1 s) it claims the tickets whose next check has come ({@code FOR UPDATE SKIP LOCKED}, so
 * several nodes share the work), computes them at now ({@link TicketClocks#refreshDue}: the batch's
 * histories read by one query and its clock rows written by one JDBC batch per kind), records the
 * crossings and breaches and writes their notifications, one transaction per batch. An escalation
 * is therefore recorded within the poll interval (plus the batch's work) of its instant.
 */
@Component
class ClockScheduler implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(ClockScheduler.class);

  /** Tickets per transaction: a batch holds its row locks only briefly. */
  static final int BATCH = 50;

  private final TicketSlaRepository slas;
  private final TicketClocks clocks;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ClockSettings settings;

  ClockScheduler(
      TicketSlaRepository slas,
      TicketClocks clocks,
      TransactionTemplate transactions,
      Clock clock,
      ClockSettings settings) {
    this.slas = slas;
    this.clocks = clocks;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
  }

  /** Polls every {@code accordo.clocks.poll-interval}, unless the scheduler is off on this node. */
  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (settings.scheduler()) {
      registrar.addFixedDelayTask(this::poll, settings.pollInterval());
    }
  }

  void poll() {
    DueWork.drain(this::runBatch, BATCH, LOG, "computing due clocks");
  }

  /** Computes one batch of due tickets; returns how many there were. */
  int runBatch() {
    Integer done =
        transactions.execute(
            status -> {
              Instant now = clock.instant();
              List<String> due = slas.claimDue(now, BATCH);
              clocks.refreshDue(due, now);
              return due.size();
            });
    return done == null ? 0 : done;
  }
}
