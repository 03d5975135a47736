package org.accordo.app.clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractService;
import org.accordo.app.contracts.ContractVersion;
import org.accordo.app.contracts.ContractVersionListener;
import org.accordo.app.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds of clocks after a contract upload. The upload's transaction records which tickets to
 * rebuild ({@link #versionUploaded}); {@link ClockRebuildWorker} does them in the background, one
 * ticket per transaction.
 *
 * <p>Which tickets: the customer's tickets opened on a day the new version covers, from its {@code
 * effective.from} to its {@code effective.to} (or without end), in the customer's time zone. Only
 * their choice can change: the version in force on a day is the latest upload covering it, and
 * versions are never changed or deleted, so on a day outside the new version's dates the same
 * version as before is in force. Tickets whose SLA the new version does not change are rebuilt too
 * (they come out the same): telling which ones those are would cost a rebuild's work.
 *
 * <p>A ticket created while the upload commits may have chosen its SLA before the new version was
 * visible and be stored after the upload listed the tickets: before a rebuild is marked complete,
 * the worker adds the tickets of its dates it has not seen that are still measured by an older
 * version (or by none), and completes it only when there are none.
 *
 * <p>Neither list names the tickets an import is storing ({@link UnfinishedHistories}): the import
 * rebuilds them itself once their histories are whole, with the contract in force then.
 */
@Service
public class ClockRebuilds implements ContractVersionListener {

  private final ClockRebuildRepository rebuilds;
  private final RebuildCandidates tickets;
  private final ContractService contracts;
  private final AuditLog audit;
  private final Clock clock;

  ClockRebuilds(
      ClockRebuildRepository rebuilds,
      RebuildCandidates tickets,
      ContractService contracts,
      AuditLog audit,
      Clock clock) {
    this.rebuilds = rebuilds;
    this.tickets = tickets;
    this.contracts = contracts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Schedules the rebuild of the tickets the new version may measure, and audits it when there are
   * any.
   */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public int versionUploaded(Caller caller, ContractVersion version, ZoneId zone) {
    Instant from = version.effectiveFrom().atStartOfDay(zone).toInstant();
    Instant until =
        version.effectiveTo() == null
            ? null
            : version.effectiveTo().plusDays(1).atStartOfDay(zone).toInstant();
    int scheduled =
        rebuilds.schedule(
            new ClockRebuildRepository.Rebuild(version.customerId(), version.version()),
            from,
            until,
            clock.instant(),
            caller.tokenId(),
            tickets.openedBetween(version.customerId(), from, until));
    if (scheduled > 0) {
      audit.record(
          caller,
          "clock_rebuild.scheduled",
          "contract",
          version.customerId() + "/" + version.version(),
          version.customerId(),
          scheduled
              + " tickets opened from "
              + version.effectiveFrom()
              + " to "
              + (version.effectiveTo() == null ? "open end" : version.effectiveTo()));
    }
    return scheduled;
  }

  /**
   * The progress of the rebuild scheduled by the upload of a version.
   *
   * @throws ClockRebuildNotRecorded when the caller may not see the customer, there is no such
   *     version or no rebuild of it was recorded
   */
  @Transactional(readOnly = true)
  public ClockRebuildProgress progress(Caller caller, String customerId, int version) {
    contracts.version(caller, customerId, version);
    return rebuilds
        .find(customerId, version)
        .orElseThrow(() -> new ClockRebuildNotRecorded(customerId, version));
  }
}
