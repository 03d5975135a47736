package org.accordo.app.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Who is calling: the token that authenticated the request. Facades take it to scope every read to
 * what the caller may see and to record who wrote.
 *
 * @param tokenId the token's public id, recorded in the audit log as "who"
 * @param role the token's role
 * @param customerId the customer a {@code customer} token is bound to; null for other roles
 */
@NamedInterface("caller")
public record Caller(String tokenId, Role role, String customerId) {

  /** The caller of work that Accordo does by itself, e.g. creating the first admin token. */
  public static final Caller SYSTEM = new Caller("system", Role.ADMIN, null);

  public Caller {
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(role, "role");
    if ((role == Role.CUSTOMER) != (customerId != null)) {
      throw new IllegalArgumentException(
          "a customer id is required for, and only for, the customer role; role was " + role.id());
    }
  }

  /** True when this caller may see the rows of {@code customer}. */
  public boolean sees(String customer) {
    return role != Role.CUSTOMER || customerId.equals(customer);
  }

  /** The customer every read must be limited to, or empty for MSP staff who see all customers. */
  public Optional<String> customerScope() {
    return Optional.ofNullable(customerId);
  }

  /**
   * @throws RoleNotPermitted unless this caller has one of {@code roles}
   */
  public void requireRole(Role... roles) {
    if (Arrays.stream(roles).noneMatch(r -> r == role)) {
      throw new RoleNotPermitted(role);
    }
  }
}
