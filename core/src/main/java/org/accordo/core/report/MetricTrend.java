package org.accordo.core.report;

import java.util.List;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * One metric's compliance in the period and the months before it, for the summary of the month.
 *
 * @param metric the metric
 * @param months the period's month first, then the months before it that the contract was in force,
 *     most recent first
 */
public record MetricTrend(Metric metric, List<MonthCompliance> months) {

  public MetricTrend {
    Objects.requireNonNull(metric, "metric");
    months = List.copyOf(months);
    if (months.isEmpty()) {
      throw new IllegalArgumentException("a trend of " + metric + " needs at least its month");
    }
  }
}
