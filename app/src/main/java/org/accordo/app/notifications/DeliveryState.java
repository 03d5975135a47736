package org.accordo.app.notifications;

import java.util.Arrays;
import java.util.Locale;

/** Where a delivery stands: waiting for an attempt, delivered, or given up after its last. */
public enum DeliveryState {
  PENDING,
  DELIVERED,
  DEAD;

  /** The name stored and shown: {@code pending}, {@code delivered}, {@code dead}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for a text that names no state
   */
  public static DeliveryState of(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no delivery state '" + id + "'"));
  }
}
