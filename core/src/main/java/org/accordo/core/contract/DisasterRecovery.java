package org.accordo.core.contract;

import java.time.Duration;
import java.util.Objects;

/**
 * Disaster recovery objectives.
 *
 * @param rpo recovery point objective: the most data, as time, that may be lost; zero or more
 * @param rto recovery time objective: the longest time to restore service; positive
 */
public record DisasterRecovery(Duration rpo, Duration rto) {

  public DisasterRecovery {
    Objects.requireNonNull(rpo, "rpo");
    Objects.requireNonNull(rto, "rto");
    if (rpo.isNegative()) {
      throw new IllegalArgumentException("rpo must not be negative, was " + rpo);
    }
    if (rto.isNegative() || rto.isZero()) {
      throw new IllegalArgumentException("rto must be positive, was " + rto);
    }
  }
}
