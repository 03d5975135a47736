package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * A way to reach the provider's support.
 *
 * @param type e.g. {@code portal}, {@code email}, {@code phone}
 * @param address the URL, address or number
 * @param hours the name of the calendar in which it is staffed, or empty for whenever the services
 *     it serves are
 */
public record Channel(String type, String address, Optional<String> hours) {

  public Channel {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(hours, "hours");
  }
}
