package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * A person to reach at one party.
 *
 * @param name the person's name, never null
 * @param email an e-mail address, or empty
 * @param phone a phone number as written, or empty
 */
public record Contact(String name, Optional<String> email, Optional<String> phone) {

  public Contact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
  }
}
