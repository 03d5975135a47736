package org.accordo.app.customers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a customer is served. A {@code disabled} customer (a company that stopped paying, left,
 * or is between contracts) keeps all its data for the MSP's staff, but its people and tokens are
 * refused and its monitors check nothing until an admin enables it again.
 */
public enum CustomerState {
  ACTIVE,
  DISABLED;

  /** The state as the API and the database write it: {@code active}, {@code disabled}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state written {@code id}, if it is one. */
  public static Optional<CustomerState> of(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
