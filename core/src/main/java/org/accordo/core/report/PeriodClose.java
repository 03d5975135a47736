package org.accordo.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.accordo.core.availability.AvailabilityMeter;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.clock.ClockState;
import org.accordo.core.credit.Breach;
import org.accordo.core.credit.CreditEvaluation;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.RcaBreach;
import org.accordo.core.policy.Metric;

/**
 * Closes a period (SLA semantics §5). A clock belongs to the period in which it stopped, met or
 * breached; a clock that started before the period's end and had not stopped by then is listed as
 * open, in its state at the end; a cancelled clock is listed apart (by when it was cancelled) and
 * never counted; a superseded cycle is not a result of its own. Availability is measured per
 * service of each availability SLA, and the credit rules are evaluated on the period's availability
 * and breaches.
 */
public final class PeriodClose {

  private static final Comparator<ClockFact> BY_TICKET =
      Comparator.comparing(ClockFact::ticket)
          .thenComparing(ClockFact::metric)
          .thenComparing(ClockFact::startedAt);

  private PeriodClose() {}

  /** The period's report; a pure function of {@code input}. */
  public static PeriodReport close(PeriodInput input) {
    SlaPeriod period = input.period();
    Instant start = period.startInclusive();
    Instant end = period.endExclusive();
    TicketInput tickets = input.tickets();
    List<ClockFact> decided = new ArrayList<>();
    List<ClockFact> cancelled = new ArrayList<>();
    for (ClockFact clock : tickets.clocks()) {
      switch (Place.of(clock, start, end)) {
        case DECIDED -> decided.add(clock);
        case CANCELLED -> cancelled.add(clock);
        case OPEN, ELSEWHERE -> {}
      }
    }
    List<ClockFact> open =
        tickets.clocksAtEnd().stream().filter(c -> Place.of(c, start, end) == Place.OPEN).toList();
    List<ClockFact> breaches =
        decided.stream()
            .filter(c -> c.state() == ClockState.BREACHED)
            .sorted(
                Comparator.comparing((ClockFact c) -> c.breachedAt().orElseThrow())
                    .thenComparing(BY_TICKET))
            .toList();
    List<ClockFact> withExclusions = new ArrayList<>(decided);
    withExclusions.addAll(open);
    withExclusions.removeIf(c -> c.exclusions().isEmpty());
    withExclusions.sort(BY_TICKET);
    List<AvailabilityRow> availability = availability(input);
    Optional<CreditStatement> credits =
        input
            .credits()
            .map(
                policy ->
                    CreditEvaluation.evaluate(
                        policy,
                        period,
                        availability.stream().map(AvailabilityRow::result).toList(),
                        asBreaches(breaches),
                        rcaBreaches(input)));
    List<ClockFact> openSorted = sorted(open);
    List<ClockFact> cancelledSorted = sorted(cancelled);
    RcaStanding rcas = rcaStanding(input);
    return new PeriodReport(
        period,
        input.asOf(),
        !input.asOf().isBefore(end),
        MonthSummaries.of(input, breaches),
        compliance(decided, tickets),
        breaches,
        openSorted,
        cancelledSorted,
        withExclusions,
        availability,
        credits,
        input.contents(),
        named(tickets, List.of(breaches, openSorted, cancelledSorted, withExclusions), rcas),
        input.records().coverage(),
        rcas);
  }

  /** The RCAs open at the period's end and those delivered in it, by due instant then id. */
  private static RcaStanding rcaStanding(PeriodInput input) {
    Instant start = input.period().startInclusive();
    Instant end = input.period().endExclusive();
    Instant seen = input.asOf().isBefore(end) ? input.asOf() : end;
    Comparator<RcaFact> byDue = Comparator.comparing(RcaFact::dueAt).thenComparing(RcaFact::rca);
    List<RcaFact> all = input.records().rcas();
    return new RcaStanding(
        all.stream().filter(r -> r.isOpenAt(seen)).sorted(byDue).toList(),
        all.stream().filter(r -> r.isDeliveredIn(start, seen)).sorted(byDue).toList());
  }

  /** The RCAs due in the period that passed their due instant undelivered, as of the report. */
  private static List<RcaBreach> rcaBreaches(PeriodInput input) {
    return input.records().rcas().stream()
        .map(
            r ->
                r.breachIn(
                    input.period().startInclusive(), input.period().endExclusive(), input.asOf()))
        .flatMap(Optional::stream)
        .toList();
  }

  /** Where a clock belongs with respect to a period. */
  enum Place {
    DECIDED,
    OPEN,
    CANCELLED,
    ELSEWHERE;

    /** The place of {@code clock} in the period {@code [start, end)}. */
    static Place of(ClockFact clock, Instant start, Instant end) {
      if (clock.state() == ClockState.SUPERSEDED || !clock.startedAt().isBefore(end)) {
        return ELSEWHERE;
      }
      if (clock.state() == ClockState.CANCELLED) {
        Instant cancelled = clock.stoppedAt().orElse(clock.startedAt());
        return !cancelled.isBefore(start) && cancelled.isBefore(end) ? CANCELLED : ELSEWHERE;
      }
      if (clock.isDecided() && clock.stoppedAt().get().isBefore(end)) {
        return clock.stoppedAt().get().isBefore(start) ? ELSEWHERE : DECIDED;
      }
      return OPEN;
    }
  }

  private static List<AvailabilityRow> availability(PeriodInput input) {
    List<AvailabilityRow> availability = new ArrayList<>();
    for (AvailabilitySla sla : input.availabilitySlas()) {
      for (String service : sla.services()) {
        availability.add(
            new AvailabilityRow(
                sla.sla(),
                AvailabilityMeter.measure(
                    service, sla.terms(), input.period(), input.outages(), input.asOf())));
      }
    }
    return availability;
  }

  /** A row per target and per measured (SLA, metric, priority), in SLA, metric, priority order. */
  private static List<ComplianceRow> compliance(List<ClockFact> decided, TicketInput tickets) {
    Comparator<String> byPriority = MonthSummaries.priorityOrder(tickets.priorities());
    // sla -> metric -> priority -> {met, breached}; sorted maps give the rows their order
    Map<String, Map<Metric, Map<String, int[]>>> counts = new TreeMap<>();
    for (SlaTarget target : tickets.targets()) {
      count(counts, target.sla(), target.metric(), target.priority(), byPriority);
    }
    for (ClockFact clock : decided) {
      count(counts, clock.sla(), clock.metric(), clock.priority(), byPriority)[
          clock.state() == ClockState.MET ? 0 : 1]++;
    }
    List<ComplianceRow> rows = new ArrayList<>();
    counts.forEach(
        (sla, byMetric) ->
            byMetric.forEach(
                (metric, byPriorityCounts) ->
                    byPriorityCounts.forEach(
                        (priority, count) ->
                            rows.add(
                                new ComplianceRow(sla, metric, priority, count[0], count[1])))));
    return rows;
  }

  private static int[] count(
      Map<String, Map<Metric, Map<String, int[]>>> counts,
      String sla,
      Metric metric,
      String priority,
      Comparator<String> byPriority) {
    return counts
        .computeIfAbsent(sla, k -> new EnumMap<>(Metric.class))
        .computeIfAbsent(metric, k -> new TreeMap<>(byPriority))
        .computeIfAbsent(priority, k -> new int[2]);
  }

  /** The references of the tickets the lists name, by id. */
  private static Map<String, TicketReference> named(
      TicketInput tickets, List<List<ClockFact>> lists, RcaStanding rcas) {
    Set<String> listed = new HashSet<>();
    lists.forEach(list -> list.forEach(clock -> listed.add(clock.ticket())));
    rcas.open().forEach(r -> listed.addAll(r.tickets()));
    rcas.delivered().forEach(r -> listed.addAll(r.tickets()));
    Map<String, TicketReference> named = new HashMap<>();
    for (TicketFact fact : tickets.tickets()) {
      if (listed.contains(fact.ticket().id())) {
        named.put(fact.ticket().id(), fact.ticket());
      }
    }
    return named;
  }

  private static List<Breach> asBreaches(List<ClockFact> breaches) {
    return breaches.stream()
        .map(
            c ->
                new Breach(
                    c.ticket(), c.sla(), c.metric(), c.priority(), c.breachedAt().orElseThrow()))
        .toList();
  }

  private static List<ClockFact> sorted(List<ClockFact> clocks) {
    List<ClockFact> copy = new ArrayList<>(clocks);
    copy.sort(Comparator.comparing(ClockFact::startedAt).thenComparing(BY_TICKET));
    return copy;
  }
}
