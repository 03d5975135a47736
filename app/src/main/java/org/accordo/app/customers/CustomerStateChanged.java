package org.accordo.app.customers;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer was disabled or enabled again, published in the transaction of the change so that
 * listeners (the monitors that stop and resume, the people whose sessions end) commit with it.
 *
 * @param customerId the customer
 * @param state its state from {@code at} on
 * @param at when it changed
 */
public record CustomerStateChanged(String customerId, CustomerState state, Instant at) {

  public CustomerStateChanged {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
  }
}
