package org.accordo.core.availability;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The contract's maintenance terms for one availability SLA: when announced maintenance may take
 * place and how long before it the customer must be told.
 *
 * @param windows the recurring windows; empty means announced maintenance is never excluded
 * @param notice the notice the provider must give; {@link Duration#ZERO} when none is required
 */
public record MaintenancePolicy(List<MaintenanceWindow> windows, Duration notice) {

  public MaintenancePolicy {
    windows = List.copyOf(windows);
    Objects.requireNonNull(notice, "notice");
    if (notice.isNegative()) {
      throw new IllegalArgumentException(
          "a maintenance notice must not be negative, was " + notice);
    }
  }

  /** No maintenance windows: every announced maintenance outage is downtime. */
  public static MaintenancePolicy none() {
    return new MaintenancePolicy(List.of(), Duration.ZERO);
  }
}
