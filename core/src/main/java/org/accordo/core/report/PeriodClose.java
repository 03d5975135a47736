package org.accordo.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accordo.core.availability.AvailabilityMeter;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.clock.ClockState;
import org.accordo.core.credit.Breach;
import org.accordo.core.credit.CreditEvaluation;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.policy.Metric;

/**
 * Closes a period (SLA semantics §5). A clock belongs to the period in which it stopped, met or
 * breached; a clock that started before the period's end and had not stopped by then is listed as
 * open; a cancelled clock is listed apart (by when it was cancelled) and never counted; a
 * superseded cycle is not a result of its own. Availability is measured per service of each
 * availability SLA, and the credit rules are evaluated on the period's availability and breaches.
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
    Instant end = period.endExclusive();
    List<ClockFact> decided = new ArrayList<>();
    List<ClockFact> open = new ArrayList<>();
    List<ClockFact> cancelled = new ArrayList<>();
    Instant start = period.startInclusive();
    for (ClockFact clock : input.clocks()) {
      switch (placeOf(clock, start, end)) {
        case DECIDED -> decided.add(clock);
        case OPEN -> open.add(clock);
        case CANCELLED -> cancelled.add(clock);
        case ELSEWHERE -> {}
      }
    }
    List<ClockFact> breaches =
        decided.stream()
            .filter(c -> c.state() == ClockState.BREACHED)
            .sorted(
                Comparator.comparing((ClockFact c) -> c.breachedAt().orElse(end))
                    .thenComparing(BY_TICKET))
            .toList();
    List<ClockFact> withExclusions = new ArrayList<>(decided);
    withExclusions.addAll(open);
    withExclusions.removeIf(c -> c.exclusions().isEmpty());
    withExclusions.sort(BY_TICKET);
    List<AvailabilityRow> availability = new ArrayList<>();
    for (AvailabilitySla sla : input.availabilitySlas()) {
      for (String service : sla.services()) {
        availability.add(
            new AvailabilityRow(
                sla.sla(),
                AvailabilityMeter.measure(
                    service, sla.terms(), period, input.outages(), input.asOf())));
      }
    }
    java.util.Optional<CreditStatement> credits =
        input
            .credits()
            .map(
                policy ->
                    CreditEvaluation.evaluate(
                        policy,
                        period,
                        availability.stream().map(AvailabilityRow::result).toList(),
                        asBreaches(breaches)));
    return new PeriodReport(
        period,
        input.asOf(),
        !input.asOf().isBefore(end),
        compliance(decided),
        breaches,
        sorted(open),
        sorted(cancelled),
        withExclusions,
        availability,
        credits,
        input.contents());
  }

  private enum Place {
    DECIDED,
    OPEN,
    CANCELLED,
    ELSEWHERE
  }

  private static Place placeOf(ClockFact clock, Instant start, Instant end) {
    if (clock.state() == ClockState.SUPERSEDED || !clock.startedAt().isBefore(end)) {
      return Place.ELSEWHERE;
    }
    if (clock.state() == ClockState.CANCELLED) {
      Instant cancelled = clock.stoppedAt().orElse(clock.startedAt());
      return !cancelled.isBefore(start) && cancelled.isBefore(end)
          ? Place.CANCELLED
          : Place.ELSEWHERE;
    }
    if (clock.isDecided() && clock.stoppedAt().get().isBefore(end)) {
      return clock.stoppedAt().get().isBefore(start) ? Place.ELSEWHERE : Place.DECIDED;
    }
    return Place.OPEN;
  }

  private static List<ComplianceRow> compliance(List<ClockFact> decided) {
    // sla -> metric -> priority -> {met, breached}; sorted maps give the rows their order
    Map<String, Map<Metric, Map<String, int[]>>> counts = new TreeMap<>();
    for (ClockFact clock : decided) {
      int[] count =
          counts
              .computeIfAbsent(clock.sla(), k -> new EnumMap<>(Metric.class))
              .computeIfAbsent(clock.metric(), k -> new TreeMap<>())
              .computeIfAbsent(clock.priority(), k -> new int[2]);
      count[clock.state() == ClockState.MET ? 0 : 1]++;
    }
    List<ComplianceRow> rows = new ArrayList<>();
    counts.forEach(
        (sla, byMetric) ->
            byMetric.forEach(
                (metric, byPriority) ->
                    byPriority.forEach(
                        (priority, count) ->
                            rows.add(
                                new ComplianceRow(sla, metric, priority, count[0], count[1])))));
    return rows;
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
