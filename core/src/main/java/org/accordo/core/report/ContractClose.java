package org.accordo.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.availability.AvailabilityTerms;
import org.accordo.core.availability.OpenTime;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.availability.TimeSpan;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.contract.Reporting;
import org.accordo.core.contract.Term;
import org.accordo.core.credit.CreditPolicy;
import org.accordo.core.policy.Metric;
import org.accordo.core.report.TicketMeasure.EventWindow;

/**
 * Closes a period of a loaded contract: measures every ticket by the SLA its service selects (SLA
 * semantics §2), measures the services of every availability SLA, and evaluates the credits. A pure
 * function of its arguments; the command line and the server both call it.
 */
public final class ContractClose {

  private ContractClose() {}

  /**
   * The period of {@code month} in the contract's zone: {@code contract.timezone}, else the zone of
   * its first calendar that is not the built-in {@code 24x7}, else UTC.
   *
   * @throws PeriodOutsideContract if the month has no day in the contract's effective dates
   */
  public static SlaPeriod period(Contract contract, YearMonth month) {
    Term term = contract.header().effective();
    if (!inForce(contract, month)) {
      throw new PeriodOutsideContract(
          "the period "
              + month
              + " is outside the contract's effective dates "
              + term.from()
              + " to "
              + term.to().map(LocalDate::toString).orElse("open end"));
    }
    return new SlaPeriod(month, zone(contract));
  }

  /** The contract's zone for periods (SLA semantics §5). */
  public static ZoneId zone(Contract contract) {
    return contract
        .header()
        .timezone()
        .orElseGet(
            () ->
                contract.calendars().values().stream()
                    .filter(c -> !c.equals(BusinessCalendar.twentyFourSeven()))
                    .map(BusinessCalendar::zone)
                    .findFirst()
                    .orElse(ZoneId.of("UTC")));
  }

  /**
   * The SLA that measures a ticket: the one with ticket targets whose services include {@code
   * service}, or, without a service, the contract's only SLA with ticket targets.
   *
   * @throws NoSlaForTicket if the service is unknown, no such SLA exists, or several do
   */
  public static ContractSla slaFor(Contract contract, String ticket, Optional<String> service) {
    List<ContractSla> measuring =
        contract.slas().stream().filter(s -> s.policy().measuresTickets()).toList();
    if (service.isPresent() && contract.service(service.get()).isEmpty()) {
      throw new NoSlaForTicket(
          "ticket "
              + ticket
              + ": service '"
              + service.get()
              + "' is not a service of the contract");
    }
    List<ContractSla> candidates =
        service
            .map(
                s -> measuring.stream().filter(sla -> sla.policy().services().contains(s)).toList())
            .orElse(measuring);
    String what = service.map(s -> "service '" + s + "'").orElse("a ticket without a service");
    if (candidates.isEmpty()) {
      throw new NoSlaForTicket("ticket " + ticket + ": no SLA with ticket targets covers " + what);
    }
    if (candidates.size() > 1) {
      throw new NoSlaForTicket(
          "ticket "
              + ticket
              + ": "
              + what
              + " is covered by several SLAs "
              + candidates.stream().map(ContractSla::id).toList()
              + "; name the service in its created event");
    }
    return candidates.get(0);
  }

  /**
   * The period's report.
   *
   * @param now the instant clocks are computed at; the period is closed when it is at or after the
   *     period's end
   * @throws NoSlaForTicket if a ticket cannot be measured
   * @throws org.accordo.core.clock.InvalidTicketHistory if a ticket's history is invalid
   */
  public static PeriodReport close(
      Contract contract,
      SlaPeriod period,
      List<TicketHistory> tickets,
      List<Outage> outages,
      Instant now) {
    return close(contract, period, tickets, outages, PeriodRecords.NONE, now);
  }

  /**
   * {@link #close(Contract, SlaPeriod, List, List, Instant)} with what the server records besides
   * tickets and outages: the monitors' coverage, stated per service, and the root cause analyses,
   * listed and credited by the contract's {@code breach: rca} rules.
   */
  public static PeriodReport close(
      Contract contract,
      SlaPeriod period,
      List<TicketHistory> tickets,
      List<Outage> outages,
      PeriodRecords records,
      Instant now) {
    TicketMeasure measure = new TicketMeasure(contract, tickets);
    // Tickets are independent and the engines immutable: fold them in parallel, keep their order.
    List<List<ClockFact>> clocks =
        tickets.parallelStream().map(t -> measure.clocks(t, now, EventWindow.ALL)).toList();
    Instant end = period.endExclusive();
    Instant standing = now.isBefore(end) ? now : end;
    List<ClockFact> clocksAtEnd =
        now.isBefore(end) ? flat(clocks) : atEnd(measure, tickets, clocks, end);
    List<TicketFact> facts =
        tickets.parallelStream()
            .map(t -> TicketFact.of(t, standing))
            .flatMap(Optional::stream)
            .toList();
    return report(contract, period, facts, flat(clocks), clocksAtEnd, outages, records, now);
  }

  /**
   * The period's report from clocks already measured: what {@link #close} does once it has folded
   * the tickets. For callers that measure the tickets once and close several periods of them (the
   * what-if simulator closes every month of its period from one fold).
   *
   * <p>Such a report knows no ticket's standing: its month summary counts no tickets per priority,
   * and the clocks open at the period's end are given as measured at {@code now}. Compliance,
   * availability and credits are those {@link #close} gives.
   *
   * @param clocks the facts of the clocks, of any period (each is placed by when it stopped)
   * @param now the instant the clocks were computed at; the period is closed when it is at or after
   *     the period's end
   */
  public static PeriodReport closeClocks(
      Contract contract,
      SlaPeriod period,
      List<ClockFact> clocks,
      List<Outage> outages,
      Instant now) {
    return report(contract, period, List.of(), clocks, clocks, outages, PeriodRecords.NONE, now);
  }

  private static PeriodReport report(
      Contract contract,
      SlaPeriod period,
      List<TicketFact> facts,
      List<ClockFact> clocks,
      List<ClockFact> clocksAtEnd,
      List<Outage> outages,
      PeriodRecords records,
      Instant now) {
    Optional<CreditPolicy> credits = contract.credits();
    Set<OutageCause> exclusions = credits.map(CreditPolicy::exclusions).orElse(Set.of());
    TimeSpan inForce = inForce(contract.header().effective(), period.zone());
    List<AvailabilitySla> availability = new ArrayList<>();
    for (ContractSla sla : contract.slas()) {
      sla.availability()
          .ifPresent(
              policy ->
                  availability.add(
                      new AvailabilitySla(
                          sla.id(),
                          sla.policy().services(),
                          terms(contract, policy, exclusions, inForce))));
    }
    List<String> contents = contract.reporting().map(Reporting::contents).orElse(List.of());
    TicketInput ticketInput =
        new TicketInput(contract.priorityIds(), targets(contract), facts, clocks, clocksAtEnd);
    return PeriodClose.close(
        new PeriodInput(
            period,
            earlierPeriods(contract, period),
            now,
            ticketInput,
            availability,
            outages,
            credits,
            contents,
            records));
  }

  /**
   * The clocks, as of the period's end, of the tickets with a clock open then: started before the
   * end and not stopped before it (including one cancelled or superseded later).
   */
  private static List<ClockFact> atEnd(
      TicketMeasure measure,
      List<TicketHistory> tickets,
      List<List<ClockFact>> clocks,
      Instant end) {
    List<TicketHistory> open = new ArrayList<>();
    for (int i = 0; i < tickets.size(); i++) {
      if (clocks.get(i).stream().anyMatch(c -> runsAt(c, end))) {
        open.add(tickets.get(i));
      }
    }
    return flat(
        open.parallelStream().map(t -> measure.clocks(t, end, EventWindow.BEFORE_NOW)).toList());
  }

  private static boolean runsAt(ClockFact clock, Instant end) {
    return clock.startedAt().isBefore(end)
        && clock.stoppedAt().map(stopped -> !stopped.isBefore(end)).orElse(true);
  }

  private static List<ClockFact> flat(List<List<ClockFact>> clocks) {
    List<ClockFact> all = new ArrayList<>();
    clocks.forEach(all::addAll);
    return all;
  }

  /** Every target the contract's SLAs set, per metric and priority. */
  private static List<SlaTarget> targets(Contract contract) {
    List<SlaTarget> targets = new ArrayList<>();
    for (ContractSla sla : contract.slas()) {
      for (Metric metric : Metric.values()) {
        for (String priority : contract.priorityIds()) {
          if (sla.policy().target(metric, priority).isPresent()) {
            targets.add(new SlaTarget(sla.id(), metric, priority));
          }
        }
      }
    }
    return targets;
  }

  /** Up to three months before {@code period} that have a day in force, most recent first. */
  private static List<SlaPeriod> earlierPeriods(Contract contract, SlaPeriod period) {
    List<SlaPeriod> earlier = new ArrayList<>();
    for (int back = 1; back <= 3; back++) {
      YearMonth month = period.month().minusMonths(back);
      if (inForce(contract, month)) {
        earlier.add(new SlaPeriod(month, period.zone()));
      }
    }
    return earlier;
  }

  private static boolean inForce(Contract contract, YearMonth month) {
    Term term = contract.header().effective();
    return !month.atEndOfMonth().isBefore(term.from())
        && term.to().map(last -> !month.atDay(1).isAfter(last)).orElse(true);
  }

  private static AvailabilityTerms terms(
      Contract contract, AvailabilityPolicy policy, Set<OutageCause> exclusions, TimeSpan inForce) {
    BusinessCalendar calendar = contract.calendars().get(policy.calendar());
    if (calendar == null) {
      throw new IllegalArgumentException(
          "availability calendar '" + policy.calendar() + "' is not defined");
    }
    OpenTime open = OpenTime.of(calendar);
    // Time outside the contract's term is not measured: a first or last month counts its days in
    // force only.
    OpenTime openInForce =
        range -> {
          Instant start = max(range.startInclusive(), inForce.startInclusive());
          Instant end = min(range.endExclusive(), inForce.endExclusive());
          return start.isBefore(end) ? open.openIntervals(new TimeSpan(start, end)) : List.of();
        };
    return new AvailabilityTerms(policy, openInForce, exclusions);
  }

  /**
   * The contract's days in force as instants: from the first day's 00:00 to the day after the last.
   */
  private static TimeSpan inForce(Term term, ZoneId zone) {
    Instant from = term.from().atStartOfDay(zone).toInstant();
    Instant to =
        term.to().map(last -> last.plusDays(1).atStartOfDay(zone).toInstant()).orElse(Instant.MAX);
    return new TimeSpan(from, to);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
