package org.accordo.app.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.NoSlaForTicket;
import org.springframework.stereotype.Component;

/**
 * Chooses the SLA that measures a ticket (SLA semantics §2): the customer's contract version in
 * force on the day the ticket was opened, in the customer's time zone, and its SLA whose metrics
 * cover the ticket's service; and checks a priority against the contract that measures a ticket.
 */
@Component
class SlaChoice {

  private final ContractLibrary contracts;

  SlaChoice(ContractLibrary contracts) {
    this.contracts = contracts;
  }

  /**
   * The SLA of a ticket opened at {@code openedAt}; empty when the customer has no contract in
   * force that day.
   *
   * @param service the ticket's service, or null
   * @throws ServiceNotCovered when no single SLA of the contract covers the service
   * @throws PriorityNotInContract when the contract has no such priority
   */
  Optional<TicketSla> choose(
      String ticketId,
      String customerId,
      ZoneId zone,
      Instant openedAt,
      String service,
      String priority) {
    return choose(
        ticketId, customerId, zone, openedAt, service, priority, new java.util.HashMap<>());
  }

  /**
   * {@link #choose} for one of many tickets chosen together: the contract version in force on each
   * customer's day is read once into {@code inForceByDay} (keyed by customer and day) and reused by
   * the tickets opened that day (an import's rebuild read it once per ticket).
   */
  Optional<TicketSla> choose(
      String ticketId,
      String customerId,
      ZoneId zone,
      Instant openedAt,
      String service,
      String priority,
      java.util.Map<String, Optional<LoadedContract>> inForceByDay) {
    LocalDate day = openedAt.atZone(zone).toLocalDate();
    Optional<LoadedContract> inForce =
        inForceByDay.computeIfAbsent(
            customerId + "/" + day, key -> contracts.inForce(customerId, day));
    if (inForce.isEmpty()) {
      return Optional.empty();
    }
    Contract contract = inForce.get().contract();
    ContractSla sla;
    try {
      sla = ContractClose.slaFor(contract, ticketId, Optional.ofNullable(service));
    } catch (NoSlaForTicket e) {
      throw new ServiceNotCovered(
          e.getMessage().replaceFirst("^ticket \\S+: ", "")
              + " (contract "
              + contract.header().id()
              + ", version "
              + inForce.get().version()
              + ")");
    }
    requirePriority(inForce.get(), priority);
    return Optional.of(new TicketSla(ticketId, customerId, inForce.get().version(), sla.id()));
  }

  /**
   * @throws PriorityNotInContract when the contract that measures the ticket has no such priority
   */
  void requirePriority(TicketSla sla, String priority) {
    requirePriority(contracts.load(sla.customerId(), sla.contractVersion()), priority);
  }

  private static void requirePriority(LoadedContract loaded, String priority) {
    if (loaded.contract().priority(priority).isEmpty()) {
      throw new PriorityNotInContract(
          priority,
          loaded.contract().header().id(),
          loaded.version(),
          loaded.contract().priorityIds());
    }
  }
}
