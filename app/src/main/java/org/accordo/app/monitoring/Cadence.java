package org.accordo.app.monitoring;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a monitor checks and how its results become outages.
 *
 * @param interval the time from one check's start to the next
 * @param timeout the longest a check may take (connection, TLS handshake and answer), below the
 *     interval
 * @param confirmAfter consecutive failed checks that make the service down (at least 1)
 * @param recoverAfter consecutive successful checks that make it up again (at least 1)
 */
public record Cadence(Duration interval, Duration timeout, int confirmAfter, int recoverAfter) {

  public Cadence {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.compareTo(interval) >= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "a timeout must be positive and below the interval, was " + timeout + " for " + interval);
    }
    if (confirmAfter < 1 || recoverAfter < 1) {
      throw new IllegalArgumentException(
          "confirm_after and recover_after are at least 1, were "
              + confirmAfter
              + ", "
              + recoverAfter);
    }
  }
}
