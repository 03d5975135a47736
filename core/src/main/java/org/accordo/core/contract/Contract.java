package org.accordo.core.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.credit.CreditPolicy;

/**
 * An MSP agreement with every section a sound SLA needs, as loaded from its YAML file by {@link
 * ContractLoader}. Immutable; cross-references (service hours, SLA services, priorities, calendars,
 * escalation levels) have been checked by the loader. Optional sections are empty when the file
 * leaves them out; the linter says which of them a contract should have.
 *
 * @param header the {@code contract:} section
 * @param calendars the calendars by name, in file order, at least one
 * @param services the services provided, in file order, at least one
 * @param priorities the priorities from most to least urgent, at least one
 * @param responsibilities each party's duties; {@link Responsibilities#NONE} when absent
 * @param communication channels and after-hours work, or empty
 * @param slas the SLAs, in file order, at least one
 * @param escalation the escalation matrix, or empty
 * @param credits service credits (compensation), or empty
 * @param problemManagement problem management and root cause analysis, or empty
 * @param reporting the service report, or empty
 * @param security security measures, backup and disaster recovery; {@link Security#NONE} when
 *     absent
 * @param scalability how the service grows, or empty
 * @param pricing fees and billing, or empty
 * @param termination how the contract ends, or empty
 * @param holdHarmless the hold-harmless clause, or empty
 */
public record Contract(
    ContractHeader header,
    Map<String, BusinessCalendar> calendars,
    List<Service> services,
    List<Priority> priorities,
    Responsibilities responsibilities,
    Optional<Communication> communication,
    List<ContractSla> slas,
    Optional<EscalationMatrix> escalation,
    Optional<CreditPolicy> credits,
    Optional<ProblemManagement> problemManagement,
    Optional<Reporting> reporting,
    Security security,
    Optional<String> scalability,
    Optional<Pricing> pricing,
    Optional<Termination> termination,
    Optional<String> holdHarmless) {

  public Contract {
    Objects.requireNonNull(header, "header");
    calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
    services = List.copyOf(services);
    priorities = List.copyOf(priorities);
    Objects.requireNonNull(responsibilities, "responsibilities");
    Objects.requireNonNull(communication, "communication");
    slas = List.copyOf(slas);
    Objects.requireNonNull(escalation, "escalation");
    Objects.requireNonNull(credits, "credits");
    Objects.requireNonNull(problemManagement, "problemManagement");
    Objects.requireNonNull(reporting, "reporting");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(scalability, "scalability");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(termination, "termination");
    Objects.requireNonNull(holdHarmless, "holdHarmless");
    if (calendars.isEmpty() || services.isEmpty() || priorities.isEmpty() || slas.isEmpty()) {
      throw new IllegalArgumentException(
          "a contract needs at least one calendar, service, priority and SLA");
    }
  }

  /** The service with this id, or empty. */
  public Optional<Service> service(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The priority with this id, or empty. */
  public Optional<Priority> priority(String id) {
    return priorities.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** True when the calendar named {@code name} exists and is open around the clock. */
  public boolean isAlwaysOpen(String calendarName) {
    BusinessCalendar calendar = calendars.get(calendarName);
    return calendar != null && Calendars.isAlwaysOpen(calendar);
  }

  /** The priority ids from most to least urgent. */
  public List<String> priorityIds() {
    return priorities.stream().map(Priority::id).toList();
  }
}
