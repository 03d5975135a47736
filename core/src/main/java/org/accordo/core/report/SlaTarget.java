package org.accordo.core.report;

import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * A target an SLA sets: one metric at one priority. Every target has a compliance row, with or
 * without clocks in the period, so a metric no ticket exercised says so instead of vanishing.
 *
 * @param sla the SLA's id
 * @param metric the metric
 * @param priority the priority
 */
public record SlaTarget(String sla, Metric metric, String priority) {

  public SlaTarget {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
  }
}
