package org.accordo.app.monitoring;

import java.time.Instant;
import java.util.Objects;

/**
 * A monitor of one contract service of a customer.
 *
 * @param id Accordo's id of it
 * @param customerId the customer
 * @param service the contract service whose outages its checks open and close
 * @param name a label chosen by its creator
 * @param probe what it checks
 * @param cadence how often, and how results become outages
 * @param active false while paused: no check runs, and the time is not covered
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Monitor(
    String id,
    String customerId,
    String service,
    String name,
    Probe probe,
    Cadence cadence,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {

  public Monitor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
