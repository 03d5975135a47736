package org.accordo.app.rca;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.clocks.ClockSettings;
import org.accordo.app.operations.NodeId;
import org.accordo.app.security.Caller;
import org.accordo.app.work.DueWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the RCA clocks' escalations and breaches as their instants pass: polled with the ticket
 * clocks' scheduler ({@code accordo.clocks.scheduler}, {@code accordo.clocks.poll-interval}), it
 * claims the due thresholds not recorded yet with {@code FOR UPDATE SKIP LOCKED}, so several nodes
 * share the work and each threshold is recorded (and audited, and told through the outbox) by one
 * node, once.
 */
@Component
class RcaScheduler implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(RcaScheduler.class);

  /** Thresholds per transaction. */
  static final int BATCH = 50;

  private final RcaRepository rows;
  private final RcaMessages messages;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final NodeId node;
  private final Clock clock;
  private final ClockSettings settings;

  RcaScheduler(
      RcaRepository rows,
      RcaMessages messages,
      AuditLog audit,
      TransactionTemplate transactions,
      NodeId node,
      Clock clock,
      ClockSettings settings) {
    this.rows = rows;
    this.messages = messages;
    this.audit = audit;
    this.transactions = transactions;
    this.node = node;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (settings.scheduler()) {
      registrar.addFixedDelayTask(this::poll, settings.pollInterval());
    }
  }

  void poll() {
    DueWork.drain(this::runBatch, BATCH, LOG, "recording due RCA thresholds");
  }

  /** Records one batch of due thresholds; returns how many were claimed. */
  int runBatch() {
    Integer done =
        transactions.execute(
            status -> {
              Instant now = clock.instant();
              List<RcaThreshold> due = rows.claimDue(now, BATCH);
              for (RcaThreshold t : due) {
                if (rows.record(t, now, node.value())) {
                  audit.record(
                      Caller.SYSTEM,
                      "rca." + (t.kind().equals("breach") ? "breached" : "escalated"),
                      "rca",
                      t.rcaId(),
                      t.customerId(),
                      t.kind()
                          + " at "
                          + t.atFraction()
                          + (t.level() == null ? "" : " " + t.level())
                          + ", due "
                          + t.dueAt());
                  messages.recorded(t);
                }
              }
              return due.size();
            });
    return done == null ? 0 : done;
  }
}
