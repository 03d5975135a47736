package org.accordo.app.outages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.contract.Service;

/**
 * The customer's contract as outages need it: which services the version in force on an outage's
 * first day (in the customer's time zone) has, and the maintenance notice it requires. Remembers
 * the versions it looked up, for the many lines of one upload.
 */
final class ContractServices {

  private final ContractLibrary contracts;
  private final String customerId;
  private final ZoneId zone;
  private final Map<LocalDate, Optional<LoadedContract>> byDay = new HashMap<>();

  ContractServices(ContractLibrary contracts, String customerId, ZoneId zone) {
    this.contracts = contracts;
    this.customerId = customerId;
    this.zone = zone;
  }

  /** The version in force on the day of {@code instant}, or empty. */
  Optional<LoadedContract> inForce(Instant instant) {
    return byDay.computeIfAbsent(
        instant.atZone(zone).toLocalDate(), day -> contracts.inForce(customerId, day));
  }

  /**
   * Why {@code service} cannot be down at {@code from}, or empty when it is a service of the
   * contract in force that day.
   */
  Optional<String> refusal(String service, Instant from) {
    LocalDate day = from.atZone(zone).toLocalDate();
    Optional<LoadedContract> contract = inForce(from);
    if (contract.isEmpty()) {
      return Optional.of(
          "no contract of customer "
              + customerId
              + " is in force on "
              + day
              + ", so none of its services can be down then");
    }
    Contract c = contract.get().contract();
    if (c.service(service).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + service
            + "' is not a service of the contract in force on "
            + day
            + " ("
            + c.header().id()
            + ", version "
            + contract.get().version()
            + "); its services are "
            + c.services().stream().map(Service::id).sorted().toList());
  }

  /**
   * The notice the contract in force at {@code from} requires before maintenance of {@code
   * service}: the longest of its availability SLAs covering the service; zero when none does.
   */
  Duration notice(String service, Instant from) {
    return inForce(from).map(c -> notice(c.contract(), service)).orElse(Duration.ZERO);
  }

  /** The addresses of the customer's contact in the contract in force at {@code at}. */
  List<String> contacts(Instant at) {
    return inForce(at)
        .flatMap(c -> c.contract().header().customer().contact())
        .flatMap(contact -> contact.email())
        .map(List::of)
        .orElse(List.of());
  }

  private static Duration notice(Contract contract, String service) {
    return contract.slas().stream()
        .filter(sla -> sla.policy().services().contains(service))
        .map(ContractSla::availability)
        .flatMap(Optional::stream)
        .map(AvailabilityPolicy::maintenance)
        .map(m -> m.notice())
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }
}
