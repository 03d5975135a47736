package org.accordo.core.availability;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything of a contract that availability is measured by, for one SLA.
 *
 * @param policy the SLA's availability promise and maintenance windows
 * @param openTime the open time of the SLA's availability calendar
 * @param exclusions the outage causes the contract excludes ({@code credits.exclusions}); {@code
 *     announced_maintenance} in it is excluded only inside the maintenance windows
 */
public record AvailabilityTerms(
    AvailabilityPolicy policy, OpenTime openTime, Set<OutageCause> exclusions) {

  public AvailabilityTerms {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(openTime, "openTime");
    exclusions = exclusions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exclusions));
  }
}
