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
 * @param createdAt when it was created
 * @param updatedAt when it was last changed, or null if never
 */
public record Customer(
    String id, String name, ZoneId timeZone, Instant createdAt, Instant updatedAt) {

  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
