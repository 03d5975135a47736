package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.policy.SlaPolicy;

/**
 * One of the small SLAs a contract is split into, each naming its services: the ticket targets and,
 * optionally, an availability promise.
 *
 * @param policy the ticket part (it may have no metric targets)
 * @param availability the availability promise, or empty
 */
public record ContractSla(SlaPolicy policy, Optional<AvailabilityPolicy> availability) {

  public ContractSla {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(availability, "availability");
  }

  /** The SLA's id. */
  public String id() {
    return policy.id();
  }
}
