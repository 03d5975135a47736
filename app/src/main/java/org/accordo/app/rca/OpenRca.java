package org.accordo.app.rca;

import java.time.Instant;
import java.util.Objects;

/**
 * An RCA still owed (a draft: its clock runs), as the SLA board shows it.
 *
 * @param rca the RCA, as the caller may see it
 * @param firstThresholdAt when its first escalation threshold falls, or null when the SLA has none
 */
public record OpenRca(Rca rca, Instant firstThresholdAt) {

  public OpenRca {
    Objects.requireNonNull(rca, "rca");
  }

  /**
   * The open RCAs asked for; a null field does not filter.
   *
   * @param customerId one customer's, or null
   * @param priority those opened by a ticket of this priority, or null
   * @param dueBefore those due before this instant, or null
   * @param limit how many at most, 1 to 101
   */
  public record Filter(String customerId, String priority, Instant dueBefore, int limit) {

    public Filter {
      if (limit < 1 || limit > 101) {
        throw new IllegalArgumentException("limit must be between 1 and 101, was " + limit);
      }
    }
  }
}
