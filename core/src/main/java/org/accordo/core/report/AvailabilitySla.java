package org.accordo.core.report;

import java.util.List;
import java.util.Objects;
import org.accordo.core.availability.AvailabilityTerms;

/**
 * An SLA of the contract that promises availability, with the services it covers.
 *
 * @param sla the SLA's id
 * @param services the ids of the services measured, at least one
 * @param terms the availability terms every one of them is measured by
 */
public record AvailabilitySla(String sla, List<String> services, AvailabilityTerms terms) {

  public AvailabilitySla {
    Objects.requireNonNull(sla, "sla");
    services = List.copyOf(services);
    Objects.requireNonNull(terms, "terms");
    if (services.isEmpty()) {
      throw new IllegalArgumentException("availability SLA " + sla + " covers no service");
    }
  }
}
