package org.accordo.app.statements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.monitoring.ServiceStatuses;
import org.accordo.app.outages.Outages;
import org.accordo.app.rca.RcasOfPeriod;
import org.accordo.app.reports.StatementDispute;
import org.accordo.app.reports.StatementMark;
import org.accordo.app.tickets.MeasuredTickets;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.NoSlaForTicket;
import org.accordo.core.report.PeriodRecords;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Computes a customer's month as of an instant, with {@code core}'s {@link ContractClose} (the code
 * {@code accordo report} runs): the contract of the month ({@link MonthContract}), every ticket a
 * statement of the month may name with its events dated up to the instant, the outages of the
 * month's year up to its end (an ongoing one lasting until the instant), the monitors' coverage of
 * each service in the month ({@code monitoring}), the customer's root cause analyses as they stood
 * at the instant ({@code rca}), and the digest of it all.
 *
 * <p>A ticket the month's contract cannot measure (its service is no longer covered, or its
 * priority no longer defined, after a new contract version) is left out and counted: a statement is
 * the contract's measure of what it covers.
 */
@Component
class StatementComputation {

  private static final Logger LOG = LoggerFactory.getLogger(StatementComputation.class);

  private final MeasuredTickets tickets;
  private final Outages outages;
  private final ContractLibrary contracts;
  private final ServiceStatuses monitors;
  private final RcasOfPeriod rcas;
  private final ObjectProvider<MonthDisputes> disputes;
  private final ObjectProvider<ReviewDates> reviews;

  StatementComputation(
      MeasuredTickets tickets,
      Outages outages,
      ContractLibrary contracts,
      ServiceStatuses monitors,
      RcasOfPeriod rcas,
      ObjectProvider<MonthDisputes> disputes,
      ObjectProvider<ReviewDates> reviews) {
    this.disputes = disputes;
    this.reviews = reviews;
    this.tickets = tickets;
    this.outages = outages;
    this.contracts = contracts;
    this.monitors = monitors;
    this.rcas = rcas;
  }

  /** How many inputs a statement was computed from. */
  record Inputs(int tickets, int events, int outages, int ticketsLeftOut) {}

  /**
   * A month computed.
   *
   * @param contract the version it was computed under
   * @param report the period report
   * @param digest the SHA-256 of its inputs ({@link InputsDigest})
   * @param inputs how many
   */
  record Computed(
      LoadedContract contract,
      PeriodReport report,
      String digest,
      Inputs inputs,
      List<StatementDispute> disputes,
      Optional<LocalDate> reviewOverdueSince) {
    Computed {
      Objects.requireNonNull(reviewOverdueSince, "reviewOverdueSince");
      disputes = List.copyOf(disputes);
      Objects.requireNonNull(contract, "contract");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(digest, "digest");
      Objects.requireNonNull(inputs, "inputs");
    }

    Contract document() {
      return contract.contract();
    }

    /** The disputes of the month as of {@code asOf}. */
    List<StatementDispute> disputesAsOf(Instant asOf) {
      return disputes.stream().map(d -> d.asOf(asOf)).toList();
    }

    /** {@code mark} listing the disputes of the month as of the report's instant. */
    StatementMark marked(StatementMark mark) {
      return mark.withDisputes(disputes, report.asOf()).withReviewOverdueSince(reviewOverdueSince);
    }
  }

  /** The contract version the month is closed under, or empty when none is in force in it. */
  Optional<LoadedContract> contractOf(StatementKey key) {
    return MonthContract.of(contracts.versions(key.customerId()), key.month())
        .map(v -> contracts.load(key.customerId(), v.version()));
  }

  /** The month's period in the contract's zone. */
  static SlaPeriod period(LoadedContract contract, YearMonth month) {
    return ContractClose.period(contract.contract(), month);
  }

  /** The month computed as of {@code asOf} under {@code contract}. */
  Computed compute(StatementKey key, LoadedContract contract, Instant asOf) {
    long start = System.nanoTime();
    Contract c = contract.contract();
    SlaPeriod period = period(contract, key.month());
    Instant activeSince = new SlaPeriod(key.month().minusMonths(3), period.zone()).startInclusive();
    List<TicketHistory> read = tickets.forStatement(key.customerId(), activeSince, asOf);
    List<TicketHistory> measured = measurable(c, read);
    Instant yearStart =
        LocalDate.of(key.month().getYear(), 1, 1).atStartOfDay(period.zone()).toInstant();
    List<Outage> outageList =
        outages.affecting(key.customerId(), yearStart, period.endExclusive()).stream()
            .map(o -> o.measuredAt(asOf))
            .toList();
    PeriodRecords records =
        new PeriodRecords(
            monitors.coverageOf(key.customerId(), period, asOf),
            rcas.of(key.customerId(), period.startInclusive(), asOf));
    long readAt = System.nanoTime();
    // the digest of what was read is taken while the month is closed, on another thread
    List<TicketHistory> digested = List.copyOf(measured);
    CompletableFuture<String> digesting =
        CompletableFuture.supplyAsync(
            () -> InputsDigest.of(key, asOf, contract.version(), digested, outageList, records));
    PeriodReport report = close(c, period, measured, outageList, records, asOf);
    long closedAt = System.nanoTime();
    String digest =
        measured.size() == digested.size()
            ? digesting.join()
            // the engine refused a ticket: the digest is of the tickets measured
            : InputsDigest.of(key, asOf, contract.version(), measured, outageList, records);
    int leftOut = read.size() - measured.size();
    if (leftOut > 0) {
      LOG.warn(
          "{}: {} tickets left out of the statement: the contract version {} cannot measure them",
          key,
          leftOut,
          contract.version());
    }
    Inputs inputs =
        new Inputs(
            measured.size(),
            measured.stream().mapToInt(t -> t.events().size()).sum(),
            outageList.size(),
            leftOut);
    LOG.info(
        "{} as of {}: {} tickets, {} events, {} outages read in {} ms, closed in {} ms (digested"
            + " meanwhile), digest waited for {} ms",
        key,
        asOf,
        inputs.tickets(),
        inputs.events(),
        inputs.outages(),
        (readAt - start) / 1_000_000,
        (closedAt - readAt) / 1_000_000,
        (System.nanoTime() - closedAt) / 1_000_000);
    List<StatementDispute> disputed =
        disputes
            .orderedStream()
            .flatMap(
                d ->
                    d
                        .between(key.customerId(), period.startInclusive(), period.endExclusive())
                        .stream())
            .toList();
    return new Computed(
        contract, report, digest, inputs, disputed, reviewOverdue(key, asOf, period));
  }

  /**
   * The day the customer's periodic review was due and not held at {@code asOf}, or at the period's
   * end when that came first (a month's statement tells of its month), if it was.
   */
  Optional<LocalDate> reviewOverdue(StatementKey key, Instant asOf, SlaPeriod period) {
    Instant at = asOf.isBefore(period.endExclusive()) ? asOf : period.endExclusive();
    return reviews
        .orderedStream()
        .map(r -> r.overdueSince(key.customerId(), at, period.zone()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Closes the period; a ticket whose history the engine refuses is left out (the list shrinks) and
   * the period closed again.
   */
  private static PeriodReport close(
      Contract contract,
      SlaPeriod period,
      List<TicketHistory> measured,
      List<Outage> outages,
      PeriodRecords records,
      Instant asOf) {
    while (true) {
      try {
        return ContractClose.close(contract, period, measured, outages, records, asOf);
      } catch (InvalidTicketHistory refused) {
        LOG.warn(
            "leaving ticket {} out of a statement: {}", refused.ticket(), refused.getMessage());
        if (!measured.removeIf(t -> t.id().equals(refused.ticket()))) {
          throw refused;
        }
      }
    }
  }

  /** The tickets the contract can measure: an SLA for their service, priorities it defines. */
  private static List<TicketHistory> measurable(Contract contract, List<TicketHistory> tickets) {
    Set<String> priorities = Set.copyOf(contract.priorityIds());
    Map<Optional<String>, Boolean> covered = new HashMap<>();
    List<TicketHistory> measured = new ArrayList<>(tickets.size());
    for (TicketHistory ticket : tickets) {
      boolean slaFound =
          covered.computeIfAbsent(ticket.service(), service -> covers(contract, ticket, service));
      if (slaFound && ticket.events().stream().allMatch(e -> knows(priorities, e))) {
        measured.add(ticket);
      }
    }
    return measured;
  }

  private static boolean covers(Contract contract, TicketHistory ticket, Optional<String> service) {
    try {
      ContractClose.slaFor(contract, ticket.id(), service);
      return true;
    } catch (NoSlaForTicket e) {
      return false;
    }
  }

  private static boolean knows(Set<String> priorities, TicketEvent event) {
    return (event.type() != EventType.CREATED && event.type() != EventType.PRIORITY_CHANGED)
        || priorities.contains(event.priority());
  }
}
