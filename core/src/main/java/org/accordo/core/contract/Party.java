package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * One side of the agreement: the provider (the MSP) or the customer.
 *
 * @param name the legal name, never null
 * @param contact the person to reach, or empty
 */
public record Party(String name, Optional<Contact> contact) {

  public Party {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contact, "contact");
  }
}
