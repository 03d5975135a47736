package org.accordo.app.outages;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's outages changed (recorded, closed, reclassified, imported), published in the
 * transaction of the change: for the statements of closed months it may amend.
 *
 * @param customerId the customer
 * @param reachesBack the earliest instant the change touches: the start of the outage (the earliest
 *     of an import's)
 * @param what the change in a few words, for the reason of an amendment
 */
public record OutagesChanged(String customerId, Instant reachesBack, String what) {

  public OutagesChanged {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reachesBack, "reachesBack");
    Objects.requireNonNull(what, "what");
  }
}
