package org.accordo.app.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What a token may do. {@code admin}: everything, including tokens and the audit log; {@code
 * agent}: MSP staff, every customer's tickets and events; {@code customer}: bound to one customer,
 * sees only that customer's data.
 */
@NamedInterface("caller")
public enum Role {
  ADMIN("admin"),
  AGENT("agent"),
  CUSTOMER("customer");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  /** The id used in the API and the database, e.g. {@code agent}. */
  public String id() {
    return id;
  }

  /** The role with this id, or empty. */
  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
