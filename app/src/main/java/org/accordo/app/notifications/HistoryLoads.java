package org.accordo.app.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.clocks.Escalation;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * History loaded for a customer does not notify. Whoever loads a customer's past tickets (the demo
 * data, an import) first calls {@link #started}: from then on an escalation or breach of that
 * customer whose crossing instant ({@link Escalation#occurredAt()}) lies before the load started is
 * recorded (and audited) as always, but writes no notification; one crossing at or after that
 * instant notifies as usual, whoever records it. The rule stays for the customer: a crossing found
 * later that lies before the load (a late event, a clock rebuild under a new contract version) is
 * history too. A later load moves the instant forward, never back.
 */
@Service
public class HistoryLoads {

  private final CutoffRepository cutoffs;
  private final CustomerService customers;
  private final AuditLog audit;
  private final Clock clock;

  HistoryLoads(CutoffRepository cutoffs, CustomerService customers, AuditLog audit, Clock clock) {
    this.cutoffs = cutoffs;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records that the customer's history is loaded from {@code loadStartedAt} on: crossings before
   * that instant are not notified. Admins only; audited as {@code notifications.history_load}.
   */
  @Transactional
  public void started(Caller caller, String customerId, Instant loadStartedAt) {
    caller.requireRole(Role.ADMIN);
    customers.visible(caller, customerId);
    cutoffs.moveTo(customerId, loadStartedAt, clock.instant(), caller.tokenId());
    audit.record(
        caller,
        "notifications.history_load",
        "customer",
        customerId,
        customerId,
        "escalations that crossed before " + loadStartedAt + " are recorded without notifications");
  }

  /**
   * True when something of the customer that happened at {@code occurredAt} (an RCA's threshold,
   * for one) is of history loaded for it: as an escalation of that instant, it is not notified.
   */
  public boolean isHistory(String customerId, Instant occurredAt) {
    return notifyFrom(customerId).filter(occurredAt::isBefore).isPresent();
  }

  /** True when {@code escalation} is of history loaded for its customer: it is not notified. */
  boolean isHistory(Escalation escalation) {
    return isHistory(escalation, notifyFrom(escalation.customerId()));
  }

  /** The instant from which the customer's crossings are notified, if history was loaded. */
  public Optional<Instant> notifyFrom(String customerId) {
    return cutoffs.notifyFrom(customerId);
  }

  /** True when {@code escalation} crossed before its customer's {@code notifyFrom}. */
  static boolean isHistory(Escalation escalation, Optional<Instant> notifyFrom) {
    return notifyFrom.filter(from -> escalation.occurredAt().isBefore(from)).isPresent();
  }
}
