package org.accordo.core.simulation;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.lint.ContractLinter;
import org.accordo.core.contract.lint.LintReport;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.TicketHistory;

/**
 * "What if we had promised this instead?" Replays a customer's history under its current contract
 * and a proposed one and compares them (see {@code docs/simulation.md}):
 *
 * <ul>
 *   <li>the proposed contract is linted first; errors refuse the simulation, warnings come with the
 *       result;
 *   <li>every ticket is folded once under each contract, by the SLA its service selects there; both
 *       contracts are applied as if in force on every day of the period;
 *   <li>a clock counts in the month it stopped, met or breached (SLA semantics §5); each month is
 *       closed by the period close of {@code core.report}, giving availability and credits;
 *   <li>clocks are matched by ticket, metric and cycle to list those whose breach appears or
 *       disappears.
 * </ul>
 *
 * <p>A pure function of its input: clocks are computed at the end of the period, or at the latest
 * event when that is later, never at the wall clock's "now".
 */
public final class Simulation {

  private Simulation() {}

  /**
   * @throws org.accordo.core.report.NoSlaForTicket if a ticket has no SLA under either contract
   * @throws org.accordo.core.clock.InvalidTicketHistory if a history cannot be folded under either
   *     contract (e.g. the proposed one drops a priority the tickets carry)
   */
  public static SimulationOutcome run(SimulationInput input) {
    LintReport lint = ContractLinter.lint(input.proposed(), input.today());
    if (lint.hasErrors()) {
      return new SimulationRefused(lint);
    }
    SimulationPeriod period = period(input);
    Instant asOf = asOf(input.tickets(), period);
    ContractRun current = new ContractRun(input.current(), period, asOf, input.tickets());
    ContractRun proposed =
        new ContractRun(input.proposed().orThrow(), period, asOf, input.tickets());
    List<TicketComparison> compared = compare(input.tickets(), current, proposed);
    ContractSummary before =
        new ContractSummary(current, facts(compared, TicketComparison::current), input.outages());
    ContractSummary after =
        new ContractSummary(proposed, facts(compared, TicketComparison::proposed), input.outages());
    return new SimulationResult(
        period,
        asOf,
        input.goal(),
        lint,
        input.tickets().size(),
        metrics(before, after, input),
        months(period, before, after),
        new Totals(before.totals, after.totals),
        compared.stream()
            .flatMap(c -> c.changes().stream())
            .sorted(
                Comparator.comparing(ClockChange::ticket)
                    .thenComparing(ClockChange::metric)
                    .thenComparing(ClockChange::cycle))
            .toList());
  }

  /** A ticket compared, or why it could not be. */
  private record Attempt(TicketComparison comparison, RuntimeException failure) {}

  /**
   * Every ticket compared. Tickets are independent and the engines immutable, so they fold in
   * parallel; a bad history is reported for the first such ticket in input order, not for whichever
   * thread failed first, so the same input always names the same ticket.
   */
  private static List<TicketComparison> compare(
      List<TicketHistory> tickets, ContractRun current, ContractRun proposed) {
    List<Attempt> attempts =
        tickets.parallelStream()
            .map(
                ticket -> {
                  try {
                    return new Attempt(TicketComparison.of(ticket, current, proposed), null);
                  } catch (InvalidTicketHistory | IllegalArgumentException e) {
                    return new Attempt(null, e);
                  }
                })
            .toList();
    List<TicketComparison> compared = new ArrayList<>(attempts.size());
    for (Attempt attempt : attempts) {
      if (attempt.failure() != null) {
        throw attempt.failure();
      }
      compared.add(attempt.comparison());
    }
    return compared;
  }

  private static SimulationPeriod period(SimulationInput input) {
    ZoneId zone = ContractClose.zone(input.current());
    List<TicketHistory> tickets = input.tickets();
    YearMonth first = input.from().orElseGet(() -> YearMonth.from(earliest(tickets).atZone(zone)));
    YearMonth last = input.to().orElseGet(() -> YearMonth.from(latest(tickets).atZone(zone)));
    return new SimulationPeriod(first, last, zone);
  }

  private static Instant asOf(List<TicketHistory> tickets, SimulationPeriod period) {
    Instant end = period.endExclusive();
    if (tickets.isEmpty()) {
      return end;
    }
    Instant latest = latest(tickets);
    return latest.isAfter(end) ? latest : end;
  }

  private static Instant earliest(List<TicketHistory> tickets) {
    return tickets.stream()
        .flatMap(t -> t.events().stream())
        .map(TicketEvent::at)
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  private static Instant latest(List<TicketHistory> tickets) {
    return tickets.stream()
        .flatMap(t -> t.events().stream())
        .map(TicketEvent::at)
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  private static List<ClockFact> facts(
      List<TicketComparison> compared, Function<TicketComparison, List<ClockFact>> side) {
    List<ClockFact> facts = new ArrayList<>();
    for (TicketComparison c : compared) {
      facts.addAll(side.apply(c));
    }
    return facts;
  }

  private static List<MetricComparison> metrics(
      ContractSummary before, ContractSummary after, SimulationInput input) {
    TreeSet<RowKey> keys = new TreeSet<>(before.keys());
    keys.addAll(after.keys());
    List<MetricComparison> rows = new ArrayList<>();
    for (RowKey key : keys) {
      rows.add(
          new MetricComparison(
              key.sla(),
              key.metric(),
              key.priority(),
              before.outcome(key, input.goal()),
              after.outcome(key, input.goal())));
    }
    return rows;
  }

  private static List<MonthComparison> months(
      SimulationPeriod period, ContractSummary before, ContractSummary after) {
    List<YearMonth> months = period.months();
    List<MonthComparison> comparisons = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      comparisons.add(
          new MonthComparison(months.get(i), before.months.get(i), after.months.get(i)));
    }
    return comparisons;
  }
}
