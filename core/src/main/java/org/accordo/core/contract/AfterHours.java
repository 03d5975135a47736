package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Work outside the services' support hours.
 *
 * @param availableFor the priorities for which the provider works after hours
 * @param rate what after-hours work costs, or empty when the contract does not say
 */
public record AfterHours(List<String> availableFor, Optional<Rate> rate) {

  public AfterHours {
    availableFor = List.copyOf(availableFor);
    Objects.requireNonNull(rate, "rate");
  }
}
