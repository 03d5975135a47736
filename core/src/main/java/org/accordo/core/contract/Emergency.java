package org.accordo.core.contract;

import java.time.Duration;
import java.util.Objects;

/**
 * A kind of event that skips the first escalation levels.
 *
 * @param type e.g. {@code security incident}
 * @param startAt the escalation level told first
 * @param notifyCustomerWithin the time within which the customer is told, positive
 */
public record Emergency(String type, String startAt, Duration notifyCustomerWithin) {

  public Emergency {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(startAt, "startAt");
    Objects.requireNonNull(notifyCustomerWithin, "notifyCustomerWithin");
    if (notifyCustomerWithin.isNegative() || notifyCustomerWithin.isZero()) {
      throw new IllegalArgumentException(
          "notify_customer_within must be positive, was " + notifyCustomerWithin);
    }
  }
}
