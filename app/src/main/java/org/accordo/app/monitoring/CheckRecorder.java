package org.accordo.app.monitoring;

import java.util.Optional;
import org.accordo.app.operations.NodeId;
import org.accordo.app.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records one check's result in one transaction: the time it covered, the run of results ({@link
 * Confirmation}), and the outage it confirms opened, followed or closed ({@link MonitorOutages}). A
 * result for a monitor deleted or paused meanwhile is dropped. When the outages API refuses the
 * outage (no contract in force that day has the service), the result is recorded without it, and
 * the refusal is logged.
 */
@Component
class CheckRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(CheckRecorder.class);

  private final MonitorRepository monitors;
  private final MonitorRunRepository runs;
  private final CoverageRepository coverage;
  private final MonitorOutages outages;
  private final TransactionTemplate transactions;
  private final String node;

  CheckRecorder(
      MonitorRepository monitors,
      MonitorRunRepository runs,
      CoverageRepository coverage,
      MonitorOutages outages,
      TransactionTemplate transactions,
      NodeId node) {
    this.monitors = monitors;
    this.runs = runs;
    this.coverage = coverage;
    this.outages = outages;
    this.transactions = transactions;
    this.node = node.value();
  }

  /** What a result does to outages: record them, or (after a refusal) leave them. */
  private enum OutageWork {
    RECORD,
    LEAVE
  }

  void record(Monitor monitor, CheckResult result) {
    try {
      transactions.executeWithoutResult(status -> apply(monitor.id(), result, OutageWork.RECORD));
    } catch (Refusal refused) {
      LOG.warn(
          "monitor {} of customer {}: the outage was not recorded: {}",
          monitor.id(),
          monitor.customerId(),
          refused.getMessage());
      transactions.executeWithoutResult(status -> apply(monitor.id(), result, OutageWork.LEAVE));
    }
  }

  private void apply(String monitorId, CheckResult result, OutageWork work) {
    Optional<MonitorRun> locked = runs.lock(monitorId);
    Optional<Monitor> found = monitors.findForRun(monitorId);
    if (locked.isEmpty() || found.isEmpty() || !found.get().active()) {
      return;
    }
    Monitor monitor = found.get();
    coverage.cover(monitor, result.at(), result.at().plus(monitor.cadence().interval()));
    Confirmation.Step step = Confirmation.next(locked.get(), result, monitor.cadence());
    MonitorRun run = step.run();
    if (work == OutageWork.RECORD) {
      run = run.withOutage(outage(monitor, step, result));
    }
    runs.save(monitorId, run, node);
  }

  private Optional<String> outage(Monitor monitor, Confirmation.Step step, CheckResult result) {
    Optional<String> open = step.run().outageId();
    switch (step.change()) {
      case OPEN:
        if (open.isPresent()) {
          return outages.follow(monitor, open.get(), result.at());
        }
        return Optional.of(outages.open(monitor, step.at(), result.at(), step.evidence(), result));
      case CLOSE:
        open.ifPresent(id -> outages.close(monitor, id, step.at(), step.evidence(), result));
        return Optional.empty();
      default:
        return open.isPresent() && !result.ok()
            ? outages.follow(monitor, open.get(), result.at())
            : open;
    }
  }
}
