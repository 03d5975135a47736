package org.accordo.core.simulation;

import java.util.Comparator;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/** One SLA's metric at one priority: what a row of the comparison is about. */
record RowKey(String sla, Metric metric, String priority) implements Comparable<RowKey> {

  private static final Comparator<RowKey> ORDER =
      Comparator.comparing(RowKey::sla)
          .thenComparing(RowKey::metric)
          .thenComparing(RowKey::priority);

  RowKey {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
  }

  @Override
  public int compareTo(RowKey other) {
    return ORDER.compare(this, other);
  }
}
