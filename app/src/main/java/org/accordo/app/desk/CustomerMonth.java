package org.accordo.app.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.outages.Outages;
import org.accordo.app.tickets.MeasuredTickets;
import org.accordo.app.tickets.Ticket;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketHistory;
import org.accordo.core.report.TicketReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's current month as the period close would report it now (provisional until the month
 * ends): the contract in force, and {@link ContractClose#close} of the customer's tickets opened in
 * the month or in the {@link #LOOKBACK} before it, and the outages recorded since the start of the
 * month's year (for the year's budget), as the statements module computes a provisional statement.
 * Computed when asked; nothing is stored.
 */
@Component
class CustomerMonth {

  /** How far before the month a ticket may have been opened and still be measured in it. */
  static final Duration LOOKBACK = Duration.ofDays(92);

  /**
   * The month's standing: the contract version in force and the report, or why there is none.
   *
   * @param contract the contract version in force today, or null
   * @param report the month's report so far, or null
   * @param problem why the report could not be computed (a ticket its contract cannot measure), or
   *     null
   */
  record Standing(LoadedContract contract, PeriodReport report, String problem) {}

  private final ContractLibrary contracts;
  private final MeasuredTickets tickets;
  private final Outages outages;

  CustomerMonth(ContractLibrary contracts, MeasuredTickets tickets, Outages outages) {
    this.contracts = contracts;
    this.tickets = tickets;
    this.outages = outages;
  }

  /** The contract in force, if any (the customer's visibility is checked by the caller). */
  @Transactional(readOnly = true)
  Optional<LoadedContract> inForce(String customerId, ZoneId customerZone, Instant now) {
    return contracts.inForce(customerId, LocalDate.ofInstant(now, customerZone));
  }

  /** The customer's month so far at {@code now}. */
  @Transactional(readOnly = true)
  Standing of(String customerId, ZoneId customerZone, Instant now) {
    Optional<LoadedContract> loaded = inForce(customerId, customerZone, now);
    if (loaded.isEmpty()) {
      return new Standing(null, null, null);
    }
    var contract = loaded.get().contract();
    try {
      SlaPeriod period =
          ContractClose.period(contract, YearMonth.from(now.atZone(ContractClose.zone(contract))));
      return new Standing(
          loaded.get(),
          ContractClose.close(
              contract,
              period,
              histories(customerId, period),
              outages(customerId, period, now),
              now),
          null);
    } catch (RuntimeException unmeasurable) {
      // a ticket the contract in force cannot measure (a service it no longer has, say)
      return new Standing(loaded.get(), null, unmeasurable.getMessage());
    }
  }

  private List<Outage> outages(String customerId, SlaPeriod period, Instant now) {
    Instant yearStart =
        LocalDate.of(YearMonth.from(period.startInclusive().atZone(period.zone())).getYear(), 1, 1)
            .atStartOfDay(period.zone())
            .toInstant();
    return outages.affecting(customerId, yearStart, period.endExclusive()).stream()
        .map(o -> o.measuredAt(now))
        .toList();
  }

  private List<TicketHistory> histories(String customerId, SlaPeriod period) {
    List<String> ids =
        tickets.openedBetween(
            customerId, period.startInclusive().minus(LOOKBACK), period.endExclusive());
    Map<String, List<TicketEvent>> events = tickets.histories(ids);
    Map<String, Ticket> found = tickets.tickets(ids);
    List<TicketHistory> histories = new ArrayList<>();
    for (String id : ids) {
      Ticket ticket = found.get(id);
      List<TicketEvent> history = events.get(id);
      if (ticket != null && history != null && !history.isEmpty()) {
        histories.add(
            new TicketHistory(
                new TicketReference(
                    id,
                    ticket.externalId() == null ? id : ticket.externalId(),
                    ticket.subject().isBlank() ? Optional.empty() : Optional.of(ticket.subject())),
                Optional.ofNullable(ticket.service()),
                history));
      }
    }
    return histories;
  }
}
