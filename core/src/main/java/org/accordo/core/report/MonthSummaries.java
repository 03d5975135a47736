package org.accordo.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.Metric;

/**
 * Computes the first page's figures: tickets per priority, and each metric against earlier months.
 */
final class MonthSummaries {

  private MonthSummaries() {}

  static MonthSummary of(PeriodInput input, List<ClockFact> breaches) {
    return new MonthSummary(tickets(input, breaches), trend(input));
  }

  /** Priorities in the contract's order; one it does not list comes after, by id. */
  static Comparator<String> priorityOrder(List<String> priorities) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < priorities.size(); i++) {
      rank.put(priorities.get(i), i);
    }
    return Comparator.comparingInt((String p) -> rank.getOrDefault(p, priorities.size()))
        .thenComparing(Comparator.naturalOrder());
  }

  private static List<TicketCount> tickets(PeriodInput input, List<ClockFact> breaches) {
    Instant start = input.period().startInclusive();
    Instant end = input.period().endExclusive();
    Set<String> breached = new HashSet<>();
    breaches.forEach(c -> breached.add(c.ticket()));
    Map<String, int[]> counts = new TreeMap<>(priorityOrder(input.tickets().priorities()));
    input.tickets().priorities().forEach(p -> counts.put(p, new int[4]));
    for (TicketFact ticket : input.tickets().tickets()) {
      int[] count = counts.computeIfAbsent(ticket.priority(), p -> new int[4]);
      count[0] += in(ticket.openedAt(), start, end) ? 1 : 0;
      count[1] += ticket.resolvedAt().filter(at -> in(at, start, end)).isPresent() ? 1 : 0;
      count[2] += ticket.standing() == TicketStanding.OPEN ? 1 : 0;
      count[3] += breached.contains(ticket.ticket().id()) ? 1 : 0;
    }
    List<TicketCount> rows = new ArrayList<>();
    counts.forEach((p, c) -> rows.add(new TicketCount(p, c[0], c[1], c[2], c[3])));
    return rows;
  }

  private static List<MetricTrend> trend(PeriodInput input) {
    List<SlaPeriod> months = new ArrayList<>();
    months.add(input.period());
    months.addAll(input.earlierPeriods());
    Map<Metric, int[][]> counts = new EnumMap<>(Metric.class);
    input
        .tickets()
        .targets()
        .forEach(t -> counts.computeIfAbsent(t.metric(), m -> new int[months.size()][2]));
    Instant[] starts = months.stream().map(SlaPeriod::startInclusive).toArray(Instant[]::new);
    Instant[] ends = months.stream().map(SlaPeriod::endExclusive).toArray(Instant[]::new);
    for (ClockFact clock : input.tickets().clocks()) {
      if (!clock.isDecided()) {
        continue;
      }
      for (int i = 0; i < months.size(); i++) {
        if (PeriodClose.Place.of(clock, starts[i], ends[i]) == PeriodClose.Place.DECIDED) {
          counts
              .computeIfAbsent(clock.metric(), m -> new int[months.size()][2])[i][
              clock.state() == ClockState.MET ? 0 : 1]++;
          break;
        }
      }
    }
    List<MetricTrend> trend = new ArrayList<>();
    counts.forEach(
        (metric, byMonth) -> {
          List<MonthCompliance> row = new ArrayList<>();
          for (int i = 0; i < months.size(); i++) {
            row.add(new MonthCompliance(months.get(i).month(), byMonth[i][0], byMonth[i][1]));
          }
          trend.add(new MetricTrend(metric, row));
        });
    return trend;
  }

  private static boolean in(Instant instant, Instant start, Instant end) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
