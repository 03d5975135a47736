package org.accordo.app.customers;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A client company of the MSP.
 *
 * @param id the id chosen at creation, e.g. {@code bianchi}; never changes
 * @param name the company's name
 * @param timeZone its home time zone
 * @param state whether it is served ({@link CustomerState#ACTIVE}) or disabled
 * @param createdAt when it was created
 * @param updatedAt when it was last changed, or null if never
 */
public record Customer(
    String id,
    String name,
    ZoneId timeZone,
    CustomerState state,
    Instant createdAt,
    Instant updatedAt) {

  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** True unless the customer is disabled. */
  public boolean active() {
    return state == CustomerState.ACTIVE;
  }

  /** This customer in {@code changed} state, changed at {@code at}. */
  Customer in(CustomerState changed, Instant at) {
    return new Customer(id, name, timeZone, changed, createdAt, at);
  }
}
