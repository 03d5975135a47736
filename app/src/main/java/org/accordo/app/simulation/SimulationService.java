package org.accordo.app.simulation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractNotInForce;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.MeasuredTickets;
import org.accordo.app.tickets.Ticket;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.report.NoSlaForTicket;
import org.accordo.core.report.TicketHistory;
import org.accordo.core.report.TicketReference;
import org.accordo.core.simulation.Simulation;
import org.accordo.core.simulation.SimulationInput;
import org.accordo.core.simulation.SimulationOutcome;
import org.accordo.core.simulation.SimulationRefused;
import org.accordo.core.simulation.SimulationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The what-if simulation of a customer's stored history ({@code docs/simulation.md}): a proposed
 * contract against the version in force at the end of the period, every ticket of the customer
 * opened before that end, the same {@link Simulation#run} and the same documents as {@code accordo
 * simulate}. Outages are not stored by the server yet, so availability counts no downtime.
 */
@Service
public class SimulationService {

  /** The documents a simulation answers with. */
  public enum Format {
    JSON,
    MD,
    HTML
  }

  private final CustomerService customers;
  private final ContractLibrary contracts;
  private final MeasuredTickets tickets;
  private final Clock clock;

  SimulationService(
      CustomerService customers, ContractLibrary contracts, MeasuredTickets tickets, Clock clock) {
    this.customers = customers;
    this.contracts = contracts;
    this.tickets = tickets;
    this.clock = clock;
  }

  /** A simulation's question. {@code from}, {@code to} empty: the months of the history. */
  public record Question(
      String proposed, Optional<YearMonth> from, Optional<YearMonth> to, BigDecimal goal) {}

  /**
   * @return the document, UTF-8
   * @throws org.accordo.app.customers.CustomerNotVisible for a customer the caller may not see
   * @throws ContractNotInForce when no version is in force on the period's last day
   * @throws SimulationRefusedForLint when the proposed contract has lint errors
   * @throws TicketNotSimulated naming a ticket a contract cannot measure
   */
  @Transactional(readOnly = true)
  public byte[] simulate(Caller caller, String customerId, Question question, Format format) {
    ZoneId zone = customers.visible(caller, customerId).timeZone();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    LocalDate last = question.to().map(YearMonth::atEndOfMonth).orElse(today);
    Contract current =
        contracts
            .inForce(customerId, last)
            .map(ContractLibrary.LoadedContract::contract)
            .orElseThrow(() -> new ContractNotInForce(customerId, last));
    ContractLoad proposed = ContractLoader.load(question.proposed(), "proposed");
    Instant until =
        question
            .to()
            .map(m -> m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
            .orElse(null);
    List<TicketHistory> histories = histories(customerId, until);
    if (histories.isEmpty() && (question.from().isEmpty() || question.to().isEmpty())) {
      throw new org.accordo.app.refusal.InvalidField(
          "from", "the customer has no tickets: name the period with from and to");
    }
    SimulationOutcome outcome;
    try {
      outcome =
          Simulation.run(
              new SimulationInput(
                  current,
                  proposed,
                  histories,
                  List.of(),
                  question.from(),
                  question.to(),
                  question.goal(),
                  today));
    } catch (NoSlaForTicket | InvalidTicketHistory e) {
      throw new TicketNotSimulated(
          e instanceof InvalidTicketHistory h ? String.valueOf(h.ticket()) : "", e.getMessage());
    }
    if (outcome instanceof SimulationRefused refused) {
      throw new SimulationRefusedForLint(refused.lint());
    }
    SimulationResult result = (SimulationResult) outcome;
    return switch (format) {
      case JSON -> SimulationJson.write(current, proposed.orThrow(), result);
      case MD ->
          SimulationDocument.markdown(current, proposed.orThrow(), result)
              .getBytes(StandardCharsets.UTF_8);
      case HTML ->
          SimulationDocument.html(current, proposed.orThrow(), result)
              .getBytes(StandardCharsets.UTF_8);
    };
  }

  /** The customer's tickets opened before {@code until} (null: all), with their histories. */
  private List<TicketHistory> histories(String customerId, Instant until) {
    List<String> ids = tickets.openedBetween(customerId, Instant.EPOCH, until);
    List<TicketHistory> histories = new ArrayList<>(ids.size());
    for (int start = 0; start < ids.size(); start += 1000) {
      List<String> batch = ids.subList(start, Math.min(ids.size(), start + 1000));
      Map<String, Ticket> found = tickets.tickets(batch);
      Map<String, List<TicketEvent>> events = tickets.histories(batch);
      for (String id : batch) {
        Ticket t = found.get(id);
        List<TicketEvent> history = events.get(id);
        if (t != null && history != null && !history.isEmpty()) {
          histories.add(
              new TicketHistory(
                  new TicketReference(
                      id, t.externalId() == null ? id : t.externalId(), Optional.of(t.subject())),
                  Optional.ofNullable(t.service()),
                  history));
        }
      }
    }
    return histories;
  }
}
