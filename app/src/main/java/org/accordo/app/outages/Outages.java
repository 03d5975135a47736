package org.accordo.app.outages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.availability.OutageCause;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outages of a customer's contract services: the API's facade and the Java API other modules record
 * outages through (the availability monitors open and close them with their evidence; any caller
 * that may). Every method resolves the customer through {@link CustomerService#visible} first (so
 * another customer's outage is "not found"), then checks the role: agents and admins record and
 * close outages, only admins reclassify them. Each change is audited, kept in the outage's history
 * and published as {@link OutagesChanged}, in the caller's transaction.
 */
@Service
public class Outages {

  /** How far ahead of the server's clock an outage may be said to have begun or ended. */
  static final Duration MAX_FUTURE = Duration.ofMinutes(5);

  private final OutageRepository outages;
  private final CustomerService customers;
  private final ContractLibrary contracts;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  Outages(
      OutageRepository outages,
      CustomerService customers,
      ContractLibrary contracts,
      AuditLog audit,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.outages = outages;
    this.customers = customers;
    this.contracts = contracts;
    this.audit = audit;
    this.publisher = publisher;
    this.clock = clock;
  }

  /**
   * What an outage is recorded with.
   *
   * @param to its end, or null while it goes on
   * @param note free text, or null for none
   * @param announcedAt when the provider announced it, or null
   * @param evidence what backs it (e.g. a monitor's failed checks), or null
   */
  public record Opening(
      String customerId,
      String service,
      Instant from,
      Instant to,
      OutageCause cause,
      String note,
      Instant announcedAt,
      String evidence) {

    public Opening {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(cause, "cause");
      if (to != null && !to.isAfter(from)) {
        throw new InvalidField("to", to + " is not after from (" + from + ")");
      }
    }
  }

  /** An outage with its history, oldest step first. */
  public record WithHistory(RecordedOutage outage, List<OutageChange> history) {}

  /**
   * Records an outage that has begun (and maybe ended).
   *
   * @throws org.accordo.app.customers.CustomerNotVisible for a customer the caller may not see
   * @throws org.accordo.app.security.RoleNotPermitted for a customer token
   * @throws InvalidField naming {@code service} (not a service of the contract in force on the
   *     outage's first day), {@code from}, {@code to} or {@code announced_at} (more than 5 minutes
   *     ahead of the server's clock)
   */
  @Transactional
  public RecordedOutage open(Caller caller, Opening opening) {
    Customer customer = customers.visible(caller, opening.customerId());
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Instant now = clock.instant();
    notAhead(opening.from(), now, "from");
    notAhead(opening.to(), now, "to");
    notAhead(opening.announcedAt(), now, "announced_at");
    new ContractServices(contracts, customer.id(), customer.timeZone())
        .refusal(opening.service(), opening.from())
        .ifPresent(problem -> refuseService(problem));
    RecordedOutage outage =
        new RecordedOutage(
            UUID.randomUUID().toString(),
            customer.id(),
            opening.service(),
            opening.from(),
            opening.to(),
            opening.cause(),
            opening.note() == null ? "" : opening.note(),
            opening.announcedAt(),
            OutageKind.OUTAGE,
            now,
            caller.tokenId(),
            now);
    record(caller, outage, null, opening.evidence());
    return outage;
  }

  /**
   * Records the end of an ongoing outage.
   *
   * @throws OutageNotVisible when the customer has no such outage (or the caller may not see it)
   * @throws OutageAlreadyEnded when its end is already recorded
   * @throws InvalidField naming {@code to} when it is not after the outage's start, or ahead of the
   *     server's clock
   */
  @Transactional
  public RecordedOutage close(
      Caller caller, String customerId, String outageId, Instant to, String evidence) {
    RecordedOutage outage = visible(caller, customerId, outageId);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    if (!outage.ongoing()) {
      throw new OutageAlreadyEnded(outageId, outage.to());
    }
    if (!to.isAfter(outage.from())) {
      throw new InvalidField("to", to + " is not after the outage's start (" + outage.from() + ")");
    }
    Instant now = clock.instant();
    notAhead(to, now, "to");
    if (!outages.close(customerId, outageId, to, now)) {
      throw new OutageAlreadyEnded(outageId, find(customerId, outageId).to());
    }
    RecordedOutage closed = find(customerId, outageId);
    outages.addChange(
        closed,
        OutageChange.Kind.CLOSED,
        new OutageRepository.ChangeDetail(now, caller.tokenId(), null, to, null, evidence));
    audit.record(caller, "outage.closed", "outage", outageId, customerId, "ended at " + to);
    publisher.publishEvent(
        new OutagesChanged(
            customerId,
            closed.from(),
            "the end of outage " + outageId + " of " + closed.service() + " recorded: " + to));
    return closed;
  }

  /**
   * Changes an outage's cause, e.g. to {@code customer_caused} after a review; admins only, with a
   * reason kept in its history and the audit log.
   *
   * @throws InvalidField naming {@code reason} when blank, or {@code cause} when it is the outage's
   *     cause already
   */
  @Transactional
  public RecordedOutage reclassify(
      Caller caller, String customerId, String outageId, OutageCause cause, String reason) {
    RecordedOutage outage = visible(caller, customerId, outageId);
    caller.requireRole(Role.ADMIN);
    if (reason == null || reason.isBlank()) {
      throw new InvalidField("reason", "is required to reclassify an outage");
    }
    if (outage.cause() == cause) {
      throw new InvalidField("cause", "the outage's cause is " + cause.id() + " already");
    }
    Instant now = clock.instant();
    if (!outages.reclassify(customerId, outageId, outage.cause(), cause, now)) {
      throw new OutageChangedMeanwhile(outageId);
    }
    RecordedOutage changed = find(customerId, outageId);
    outages.addChange(
        changed,
        OutageChange.Kind.RECLASSIFIED,
        new OutageRepository.ChangeDetail(
            now, caller.tokenId(), outage.cause(), null, reason, null));
    String what =
        "outage "
            + outageId
            + " of "
            + outage.service()
            + " from "
            + outage.from()
            + " reclassified from "
            + outage.cause().id()
            + " to "
            + cause.id()
            + ": "
            + reason;
    audit.record(caller, "outage.reclassified", "outage", outageId, customerId, what);
    publisher.publishEvent(new OutagesChanged(customerId, outage.from(), what));
    return changed;
  }

  /** The customer's outages, newest first by default. */
  @Transactional(readOnly = true)
  public Page<RecordedOutage> page(
      Caller caller, String customerId, OutageRepository.Filter filter, PageRequest request) {
    customers.visible(caller, customerId);
    return Page.of(
        outages.page(customerId, filter, request), request, outages.count(customerId, filter));
  }

  /** One outage with its history. */
  @Transactional(readOnly = true)
  public WithHistory get(Caller caller, String customerId, String outageId) {
    RecordedOutage outage = visible(caller, customerId, outageId);
    return new WithHistory(outage, outages.history(customerId, outageId));
  }

  /**
   * The customer's outages that overlap {@code [from, until)}, ongoing ones included, by start: for
   * the server's own work (a statement's close), so it checks no caller.
   */
  @Transactional(readOnly = true)
  public List<RecordedOutage> affecting(String customerId, Instant from, Instant until) {
    return outages.affecting(customerId, from, until);
  }

  /**
   * The customer's outages of {@code service} still going on, by start: for a monitor that closes
   * the outage it opened when the service is back. Checks no caller.
   */
  @Transactional(readOnly = true)
  public List<RecordedOutage> ongoing(String customerId, String service) {
    return outages.ongoing(customerId, service);
  }

  /** Stores a new outage, its history's first step, its audit entry, and tells of it. */
  void record(Caller caller, RecordedOutage outage, String importKey, String evidence) {
    outages.insertAll(
        List.of(
            new OutageRepository.NewRow(
                outage,
                importKey,
                new OutageChange(
                    1,
                    OutageChange.Kind.RECORDED,
                    outage.recordedAt(),
                    caller.tokenId(),
                    outage.cause(),
                    null,
                    outage.to(),
                    null,
                    evidence))));
    audit.record(
        caller,
        outage.kind() == OutageKind.MAINTENANCE ? "maintenance.announced" : "outage.recorded",
        "outage",
        outage.id(),
        outage.customerId(),
        outage.service() + " " + outage.cause().id() + " from " + outage.from());
    publisher.publishEvent(
        new OutagesChanged(
            outage.customerId(),
            outage.from(),
            "outage of "
                + outage.service()
                + " from "
                + outage.from()
                + " recorded ("
                + outage.cause().id()
                + ")"));
  }

  private RecordedOutage visible(Caller caller, String customerId, String outageId) {
    customers.visible(caller, customerId);
    return outages.find(customerId, outageId).orElseThrow(() -> new OutageNotVisible(outageId));
  }

  private RecordedOutage find(String customerId, String outageId) {
    return outages.find(customerId, outageId).orElseThrow(() -> new OutageNotVisible(outageId));
  }

  static void notAhead(Instant instant, Instant now, String field) {
    if (instant != null && instant.isAfter(now.plus(MAX_FUTURE))) {
      throw new InvalidField(
          field,
          instant
              + " is more than 5 minutes ahead of the server's clock ("
              + now
              + "); record an outage once it has begun, announce maintenance ahead with"
              + " POST .../maintenance");
    }
  }

  private static void refuseService(String problem) {
    throw new InvalidField("service", problem);
  }
}
