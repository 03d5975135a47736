package org.accordo.core.credit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.policy.Metric;

/**
 * A credit owed for each breached clock of a metric (and priority) in the period: {@code { breach:
 * resolution, priority: P1, credit: 2% }}.
 *
 * @param metric the metric whose breaches earn the credit
 * @param priority the priority id the clock must have, or empty for every priority
 * @param credit the share of the monthly fee per breach, as a fraction in {@code [0, 1]}
 */
public record BreachCredit(Metric metric, Optional<String> priority, BigDecimal credit)
    implements CreditRule {

  public BreachCredit {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(credit, "credit");
    Percentages.requireShare(credit, "a breach credit");
  }

  /**
   * True when a breached clock of {@code clockMetric} at {@code clockPriority} earns this credit.
   */
  public boolean matches(Metric clockMetric, String clockPriority) {
    return metric == clockMetric && priority.map(p -> p.equals(clockPriority)).orElse(true);
  }

  @Override
  public String label() {
    return metric.id() + " breach" + priority.map(p -> ", " + p).orElse("");
  }
}
