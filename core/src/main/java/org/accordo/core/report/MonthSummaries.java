package org.accordo.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    return Comparator.comparingInt(
            (String p) -> priorities.contains(p) ? priorities.indexOf(p) : priorities.size())
        .thenComparing(Comparator.naturalOrder());
  }

  private static List<TicketCount> tickets(PeriodInput input, List<ClockFact> breaches) {
    SlaPeriod period = input.period();
    Set<String> breached = new HashSet<>();
    breaches.forEach(c -> breached.add(c.ticket()));
    Map<String, int[]> counts = new LinkedHashMap<>();
    input.tickets().priorities().forEach(p -> counts.put(p, new int[4]));
    List<TicketFact> facts = new ArrayList<>(input.tickets().tickets());
    facts.sort(
        Comparator.comparing(TicketFact::priority, priorityOrder(input.tickets().priorities())));
    for (TicketFact ticket : facts) {
      int[] count = counts.computeIfAbsent(ticket.priority(), p -> new int[4]);
      count[0] += period.contains(ticket.openedAt()) ? 1 : 0;
      count[1] += ticket.resolvedAt().filter(period::contains).isPresent() ? 1 : 0;
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
    for (ClockFact clock : input.tickets().clocks()) {
      if (!clock.isDecided()) {
        continue;
      }
      for (int i = 0; i < months.size(); i++) {
        if (PeriodClose.Place.of(clock, months.get(i)) == PeriodClose.Place.DECIDED) {
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
}
