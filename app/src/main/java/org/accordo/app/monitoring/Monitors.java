package org.accordo.app.monitoring;

import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.egress.EgressPolicy;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.contract.Contract;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's monitors: agents and admins create, replace, pause and delete them; every caller
 * reads those of the customers it may see (another customer's monitor is "not found"). A monitor is
 * refused, with its field named, when its interval is below {@code accordo.monitoring
 * .min-interval}, when its host is a literal address the egress policy refuses, or when its service
 * is not a service of the customer's contract in force today. Every change is audited.
 */
@Service
public class Monitors {

  private final MonitorRepository monitors;
  private final MonitorRunRepository runs;
  private final CoverageRepository coverage;
  private final CustomerService customers;
  private final ContractLibrary contracts;
  private final EgressPolicy egress;
  private final MonitorSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  Monitors(
      MonitorRepository monitors,
      MonitorRunRepository runs,
      CoverageRepository coverage,
      CustomerService customers,
      ContractLibrary contracts,
      EgressPolicy egress,
      MonitorSettings settings,
      AuditLog audit,
      Clock clock) {
    this.monitors = monitors;
    this.runs = runs;
    this.coverage = coverage;
    this.customers = customers;
    this.contracts = contracts;
    this.egress = settings.reach(egress);
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a monitor; its first check is due at once. */
  @Transactional
  Monitor create(Caller caller, String customerId, MonitorRequest request) {
    Customer customer = customers.visible(caller, customerId);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Instant now = clock.instant();
    Monitor monitor = build(customer, UUID.randomUUID().toString(), request, now, now);
    monitors.insert(monitor);
    runs.insert(
        monitor.id(),
        customerId,
        monitor.active(),
        customer.active()
            ? MonitorRunRepository.CustomerServed.SERVED
            : MonitorRunRepository.CustomerServed.DISABLED,
        now);
    audit.record(caller, "monitor.created", "monitor", monitor.id(), customerId, describe(monitor));
    return monitor;
  }

  /** Replaces what a monitor checks; pausing ({@code active: false}) ends its coverage now. */
  @Transactional
  Monitor replace(Caller caller, String customerId, String id, MonitorRequest request) {
    Customer customer = customers.visible(caller, customerId);
    Monitor current = find(customerId, id);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Instant now = clock.instant();
    Monitor changed = build(customer, id, request, current.createdAt(), now);
    monitors.update(changed);
    if (!changed.active() || !changed.service().equals(current.service())) {
      coverage.cut(id, now);
    }
    if (changed.active() != current.active() || !changed.probe().equals(current.probe())) {
      runs.activate(id, changed.active(), now);
    }
    String action = current.active() && !changed.active() ? "monitor.paused" : "monitor.replaced";
    audit.record(caller, action, "monitor", id, customerId, describe(changed));
    return changed;
  }

  /** Pauses a monitor (audited {@code monitor.paused}): no check, and its coverage ends now. */
  @Transactional
  Monitor pause(Caller caller, String customerId, String id) {
    return switchTo(caller, customerId, id, Switch.PAUSED);
  }

  /** Resumes a paused monitor (audited {@code monitor.resumed}): its next check is due at once. */
  @Transactional
  Monitor resume(Caller caller, String customerId, String id) {
    return switchTo(caller, customerId, id, Switch.RESUMED);
  }

  /** Whether a monitor is switched off or on. */
  private enum Switch {
    PAUSED,
    RESUMED
  }

  private Monitor switchTo(Caller caller, String customerId, String id, Switch to) {
    customers.visible(caller, customerId);
    Monitor current = find(customerId, id);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    boolean active = to == Switch.RESUMED;
    if (current.active() == active) {
      return current;
    }
    Instant now = clock.instant();
    Monitor changed =
        new Monitor(
            id,
            customerId,
            current.service(),
            current.name(),
            current.probe(),
            current.cadence(),
            active,
            current.createdAt(),
            now);
    monitors.update(changed);
    if (!active) {
      coverage.cut(id, now);
    }
    runs.activate(id, active, now);
    String action = active ? "monitor.resumed" : "monitor.paused";
    audit.record(caller, action, "monitor", id, customerId, describe(changed));
    return changed;
  }

  /** The services of the customer's contract in force today, by id; empty without one. */
  @Transactional(readOnly = true)
  java.util.List<String> services(Caller caller, String customerId) {
    Customer customer = customers.visible(caller, customerId);
    var today = clock.instant().atZone(customer.timeZone()).toLocalDate();
    return contracts
        .inForce(customerId, today)
        .map(c -> c.contract().services().stream().map(s -> s.id()).sorted().toList())
        .orElse(java.util.List.of());
  }

  /** Deletes a monitor; what it covered and the outages it recorded stay. */
  @Transactional
  void delete(Caller caller, String customerId, String id) {
    customers.visible(caller, customerId);
    Monitor monitor = find(customerId, id);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    coverage.cut(id, clock.instant());
    monitors.delete(customerId, id);
    audit.record(caller, "monitor.deleted", "monitor", id, customerId, describe(monitor));
  }

  @Transactional(readOnly = true)
  Monitor get(Caller caller, String customerId, String id) {
    customers.visible(caller, customerId);
    return find(customerId, id);
  }

  @Transactional(readOnly = true)
  Page<Monitor> page(Caller caller, String customerId, PageRequest request) {
    customers.visible(caller, customerId);
    return Page.of(monitors.page(customerId, request), request, monitors.count(customerId));
  }

  private Monitor find(String customerId, String id) {
    return monitors.find(customerId, id).orElseThrow(() -> new MonitorNotVisible(id));
  }

  private Monitor build(
      Customer customer, String id, MonitorRequest request, Instant createdAt, Instant now) {
    Probe probe = request.probe();
    Cadence cadence = request.cadence();
    if (cadence.interval().compareTo(settings.minInterval()) < 0) {
      throw new InvalidField(
          "interval_seconds",
          "must be at least "
              + settings.minInterval().toSeconds()
              + " (accordo.monitoring.min-interval), was "
              + cadence.interval().toSeconds());
    }
    refuseForbiddenLiteral(probe);
    refuseUnknownService(customer, request.service(), now);
    String name = request.name() != null ? request.name() : probe.kind().id() + " " + probe.host();
    boolean active = request.active() == null || request.active();
    return new Monitor(
        id, customer.id(), request.service(), name, probe, cadence, active, createdAt, now);
  }

  private void refuseForbiddenLiteral(Probe probe) {
    String field = probe instanceof Probe.Http ? "url" : "host";
    Optional<String> refusal;
    try {
      refusal = egress.refusalOfLiteral(probe.host());
    } catch (UnknownHostException e) {
      throw new InvalidField(field, "'" + probe.host() + "' is not a valid address");
    }
    refusal.ifPresent(
        reason -> {
          throw new InvalidField(field, reason);
        });
  }

  private void refuseUnknownService(Customer customer, String service, Instant now) {
    var today = now.atZone(customer.timeZone()).toLocalDate();
    Contract contract =
        contracts
            .inForce(customer.id(), today)
            .orElseThrow(
                () ->
                    new InvalidField(
                        "service",
                        "customer " + customer.id() + " has no contract in force on " + today))
            .contract();
    if (contract.service(service).isEmpty()) {
      throw new InvalidField(
          "service",
          "'"
              + service
              + "' is not a service of the contract in force on "
              + today
              + "; its services are "
              + contract.services().stream().map(s -> s.id()).sorted().toList());
    }
  }

  private static String describe(Monitor monitor) {
    return monitor.probe().kind().id()
        + " monitor of "
        + monitor.service()
        + " every "
        + monitor.cadence().interval().toSeconds()
        + " s"
        + (monitor.active() ? "" : " (paused)");
  }
}
