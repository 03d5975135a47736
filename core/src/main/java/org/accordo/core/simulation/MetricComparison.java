package org.accordo.core.simulation;

import java.util.Objects;
import java.util.Optional;
import org.accordo.core.policy.Metric;

/**
 * One metric at one priority of one SLA under both contracts. SLAs are matched by id: a proposed
 * contract that renames an SLA compares as one SLA dropped and another added.
 *
 * @param sla the SLA's id
 * @param metric the metric
 * @param priority the priority's id
 * @param current how the current contract kept it, empty when it sets no such target
 * @param proposed how the proposed contract would have kept it, empty when it sets no such target
 */
public record MetricComparison(
    String sla,
    Metric metric,
    String priority,
    Optional<MetricOutcome> current,
    Optional<MetricOutcome> proposed) {

  public MetricComparison {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
    if (current.isEmpty() && proposed.isEmpty()) {
      throw new IllegalArgumentException(
          "a compared metric has a target in at least one contract: " + sla + " " + metric);
    }
  }
}
