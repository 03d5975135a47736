package org.accordo.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.credit.CreditStatement;

/**
 * The result of closing a period: what was promised, what was delivered and what is owed, with the
 * evidence (SLA semantics §5).
 *
 * @param period the month
 * @param asOf the instant the numbers are computed at (the period's end, or earlier when
 *     provisional)
 * @param closed true when {@code asOf} is at or after the period's end; otherwise every number is
 *     provisional and no credit is final
 * @param summary tickets per priority and each metric against the months before
 * @param compliance per SLA, metric and priority, the clocks that stopped in the period; a row for
 *     every target, measured or not
 * @param breaches the breached clocks that stopped in the period, in order of breach
 * @param open clocks running (or paused, or breached and still running) at the period's end, in
 *     their state at the end; counted in the period they stop in
 * @param cancelled cancelled clocks of the period, listed apart and never counted
 * @param withExclusions clocks of the period touched by an {@code excluded} interval, with the
 *     reasons
 * @param availability per availability SLA and service
 * @param credits the credits owed, empty when the contract has no credit terms
 * @param contents what the contract asks the report to contain, in its words
 * @param tickets the number and subject of every ticket the lists above name, by id
 * @param coverage per monitored service, what its monitors covered in the period (empty when no
 *     monitor measured any: availability is then measured from the recorded outages only)
 * @param rcas the root cause analyses open at the period's end and delivered in it
 */
public record PeriodReport(
    SlaPeriod period,
    Instant asOf,
    boolean closed,
    MonthSummary summary,
    List<ComplianceRow> compliance,
    List<ClockFact> breaches,
    List<ClockFact> open,
    List<ClockFact> cancelled,
    List<ClockFact> withExclusions,
    List<AvailabilityRow> availability,
    Optional<CreditStatement> credits,
    List<String> contents,
    Map<String, TicketReference> tickets,
    List<ServiceCoverage> coverage,
    RcaStanding rcas) {

  public PeriodReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(summary, "summary");
    compliance = List.copyOf(compliance);
    breaches = List.copyOf(breaches);
    open = List.copyOf(open);
    cancelled = List.copyOf(cancelled);
    withExclusions = List.copyOf(withExclusions);
    availability = List.copyOf(availability);
    Objects.requireNonNull(credits, "credits");
    contents = List.copyOf(contents);
    tickets = Map.copyOf(tickets);
    coverage = List.copyOf(coverage);
    Objects.requireNonNull(rcas, "rcas");
  }

  /** What the monitors of {@code service} covered in the period, empty when none measured it. */
  public Optional<ServiceCoverage> coverageOf(String service) {
    return coverage.stream().filter(c -> c.service().equals(service)).findFirst();
  }

  /** How the report names the ticket {@code id}: its number and subject, or its id alone. */
  public TicketReference ticket(String id) {
    return tickets.getOrDefault(id, TicketReference.of(id));
  }
}
