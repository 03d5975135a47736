package org.accordo.app.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.outages.OutageKind;
import org.accordo.app.outages.Outages;
import org.accordo.app.outages.RecordedOutage;
import org.accordo.app.security.Caller;
import org.accordo.core.availability.AvailabilityMeter;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.availability.AvailabilityTerms;
import org.accordo.core.availability.OpenTime;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.availability.TimeSpan;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.credit.CreditPolicy;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.ServiceCoverage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live state of each monitored service of a customer (a customer token sees only its own): its
 * monitors' confirmed states, the outage going on, what was measured over the last 24 hours, 30
 * days and the current period (covered time, downtime inside it, and the uncovered time, which is
 * neither up nor down), and the period's downtime budget left under the contract's availability
 * SLA. The coverage of any month is {@link #coverage}.
 */
@Service
public class ServiceStatuses {

  private final MonitorRepository monitors;
  private final MonitorRunRepository runs;
  private final CoverageRepository coverage;
  private final CustomerService customers;
  private final ContractLibrary contracts;
  private final Outages outages;
  private final Clock clock;

  ServiceStatuses(
      MonitorRepository monitors,
      MonitorRunRepository runs,
      CoverageRepository coverage,
      CustomerService customers,
      ContractLibrary contracts,
      Outages outages,
      Clock clock) {
    this.monitors = monitors;
    this.runs = runs;
    this.coverage = coverage;
    this.customers = customers;
    this.contracts = contracts;
    this.outages = outages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<ServiceStatus> statuses(Caller caller, String customerId) {
    Customer customer = customers.visible(caller, customerId);
    Instant now = clock.instant();
    Map<String, MonitorRun> byMonitor = new LinkedHashMap<>();
    runs.ofCustomer(customerId).forEach(r -> byMonitor.put(r.monitorId(), r.run()));
    Map<String, List<ServiceStatus.MonitorState>> byService = new LinkedHashMap<>();
    for (Monitor monitor : monitors.ofCustomer(customerId)) {
      byService
          .computeIfAbsent(monitor.service(), s -> new ArrayList<>())
          .add(
              new ServiceStatus.MonitorState(
                  monitor, byMonitor.getOrDefault(monitor.id(), MonitorRun.fresh())));
    }
    Optional<Contract> contract =
        contracts
            .inForce(customerId, now.atZone(customer.timeZone()).toLocalDate())
            .map(ContractLibrary.LoadedContract::contract);
    Instant monthAgo = now.minus(Duration.ofDays(31));
    Optional<SlaPeriod> period = contract.map(c -> period(c, now));
    Instant earliest = period.map(p -> min(p.startInclusive(), monthAgo)).orElse(monthAgo);
    List<RecordedOutage> recent = outages.affecting(customerId, earliest, now);
    List<ServiceStatus> statuses = new ArrayList<>();
    byService.forEach(
        (service, states) ->
            statuses.add(status(customerId, service, states, recent, contract, period, now)));
    return statuses;
  }

  /**
   * What the monitors of each service of the customer covered in {@code month} (the contract's
   * period, up to now): the measured time of a statement, and the gaps no check covered. A service
   * measured this month whose monitors were deleted since is listed too.
   */
  @Transactional(readOnly = true)
  public Map<String, Measured> coverage(Caller caller, String customerId, YearMonth month) {
    Customer customer = customers.visible(caller, customerId);
    Instant now = clock.instant();
    SlaPeriod period =
        new SlaPeriod(
            month,
            contracts
                .inForce(customerId, month.atDay(1))
                .map(c -> ContractClose.zone(c.contract()))
                .orElse(customer.timeZone()));
    Instant end = min(period.endExclusive(), max(now, period.startInclusive()));
    TimeSpan window = new TimeSpan(period.startInclusive(), end);
    List<RecordedOutage> recorded =
        outages.affecting(customerId, window.startInclusive(), window.endExclusive());
    Map<String, Measured> measured = new LinkedHashMap<>();
    java.util.stream.Stream.concat(
            monitors.ofCustomer(customerId).stream().map(Monitor::service),
            coverage.services(customerId, window.startInclusive(), window.endExclusive()).stream()
                .sorted())
        .distinct()
        .forEach(s -> measured.put(s, measure(customerId, s, window, recorded, now)));
    return measured;
  }

  /**
   * What the monitors of each of the customer's services covered in {@code period} up to {@code
   * asOf} (a statement's coverage, issue 15): the services some check covered then, by name, each
   * with its covered time, the downtime inside it (outages still going on last until {@code asOf})
   * and the time no check covered. A service without an entry was not monitored in the period. The
   * same stored spans and outages give the same answer, whenever it is asked.
   */
  @Transactional(readOnly = true)
  public List<ServiceCoverage> coverageOf(String customerId, SlaPeriod period, Instant asOf) {
    Instant end = min(period.endExclusive(), max(asOf, period.startInclusive()));
    TimeSpan window = new TimeSpan(period.startInclusive(), end);
    List<String> services =
        coverage.services(customerId, window.startInclusive(), window.endExclusive());
    if (services.isEmpty()) {
      return List.of();
    }
    List<RecordedOutage> recorded =
        outages.affecting(customerId, window.startInclusive(), window.endExclusive());
    return services.stream()
        .map(
            s -> {
              Measured m = measure(customerId, s, window, recorded, asOf);
              return new ServiceCoverage(s, m.covered(), m.down(), m.uncovered());
            })
        .toList();
  }

  private ServiceStatus status(
      String customerId,
      String service,
      List<ServiceStatus.MonitorState> states,
      List<RecordedOutage> recent,
      Optional<Contract> contract,
      Optional<SlaPeriod> period,
      Instant now) {
    Optional<RecordedOutage> current =
        recent.stream()
            .filter(o -> o.service().equals(service) && o.kind() == OutageKind.OUTAGE)
            .filter(o -> !o.from().isAfter(now) && (o.to() == null || o.to().isAfter(now)))
            .findFirst();
    TimeSpan periodSoFar =
        period
            .map(
                p ->
                    new TimeSpan(
                        p.startInclusive(), max(p.startInclusive(), min(now, p.endExclusive()))))
            .orElse(new TimeSpan(now, now));
    return new ServiceStatus(
        service,
        state(states),
        states,
        current,
        measure(
            customerId, service, new TimeSpan(now.minus(Duration.ofHours(24)), now), recent, now),
        measure(
            customerId, service, new TimeSpan(now.minus(Duration.ofDays(30)), now), recent, now),
        measure(customerId, service, periodSoFar, recent, now),
        contract.flatMap(c -> budget(c, service, period.orElseThrow(), recent, now)));
  }

  private Measured measure(
      String customerId,
      String service,
      TimeSpan window,
      List<RecordedOutage> recorded,
      Instant now) {
    List<TimeSpan> down =
        recorded.stream()
            .filter(o -> o.service().equals(service) && o.kind() == OutageKind.OUTAGE)
            .map(o -> new TimeSpan(o.from(), o.to() != null ? o.to() : max(o.from(), now)))
            .toList();
    List<TimeSpan> covered =
        coverage.spans(customerId, service, window.startInclusive(), window.endExclusive());
    return Measured.of(window, covered, down);
  }

  private static ServiceState state(List<ServiceStatus.MonitorState> states) {
    List<ServiceState> active =
        states.stream().filter(s -> s.monitor().active()).map(s -> s.run().state()).toList();
    if (active.contains(ServiceState.DOWN)) {
      return ServiceState.DOWN;
    }
    return !active.isEmpty() && active.stream().allMatch(s -> s == ServiceState.UP)
        ? ServiceState.UP
        : ServiceState.UNKNOWN;
  }

  private static SlaPeriod period(Contract contract, Instant now) {
    var zone = ContractClose.zone(contract);
    return new SlaPeriod(YearMonth.from(now.atZone(zone)), zone);
  }

  /** The period's budget as a statement computes it (SLA semantics §5), as of now. */
  private static Optional<ServiceStatus.Budget> budget(
      Contract contract,
      String service,
      SlaPeriod period,
      List<RecordedOutage> recorded,
      Instant now) {
    Optional<AvailabilityPolicy> policy =
        contract.slas().stream()
            .filter(sla -> sla.policy().services().contains(service))
            .map(ContractSla::availability)
            .flatMap(Optional::stream)
            .findFirst();
    if (policy.isEmpty() || !contract.calendars().containsKey(policy.get().calendar())) {
      return Optional.empty();
    }
    Set<OutageCause> exclusions = contract.credits().map(CreditPolicy::exclusions).orElse(Set.of());
    AvailabilityTerms terms =
        new AvailabilityTerms(
            policy.get(),
            OpenTime.of(contract.calendars().get(policy.get().calendar())),
            exclusions);
    ServiceAvailability measured =
        AvailabilityMeter.measure(
            service, terms, period, recorded.stream().map(o -> o.measuredAt(now)).toList(), now);
    return Optional.of(
        new ServiceStatus.Budget(
            period.month().toString(), policy.get().target(), measured.month(), now));
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
