package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code communication:} section: how the customer reaches support, and after-hours work.
 *
 * @param channels the support channels, in file order
 * @param afterHours the after-hours promise, or empty
 */
public record Communication(List<Channel> channels, Optional<AfterHours> afterHours) {

  public Communication {
    channels = List.copyOf(channels);
    Objects.requireNonNull(afterHours, "afterHours");
  }
}
