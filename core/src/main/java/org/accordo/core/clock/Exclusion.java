package org.accordo.core.clock;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.accordo.core.policy.Metric;

/**
 * An interval an authorised person took out of the SLA (SLA semantics §2): it counts as paused for
 * the named metrics, or for every metric when none is named.
 *
 * @param from the first excluded instant (inclusive)
 * @param to the end of the exclusion (exclusive), after {@code from}
 * @param reason why, never blank: shown in every timeline the exclusion touches
 * @param metrics the metrics it applies to; empty means all
 */
public record Exclusion(Instant from, Instant to, String reason, Set<Metric> metrics) {

  public Exclusion {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    metrics = Set.copyOf(metrics);
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "an exclusion must end after it starts, was " + from + " to " + to);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an exclusion needs a reason");
    }
  }

  /** True when this exclusion pauses {@code metric}. */
  public boolean appliesTo(Metric metric) {
    return metrics.isEmpty() || metrics.contains(metric);
  }
}
