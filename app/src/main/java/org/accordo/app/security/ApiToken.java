package org.accordo.app.security;

import java.time.Instant;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * A stored API token, without its secret (only the secret's hash is stored, and never leaves the
 * repository).
 *
 * @param id the public id, e.g. {@code tok_3f9a1c0b5d7e2a4f}
 * @param name what the token is for, as its creator wrote it
 * @param role what it may do
 * @param customerId the customer a {@code customer} token is bound to, else null
 * @param createdAt when it was created
 * @param createdBy the id of the token that created it, or {@code system}
 * @param revokedAt when it was revoked, or null while it is valid
 */
@NamedInterface("tokens")
public record ApiToken(
    String id,
    String name,
    Role role,
    String customerId,
    Instant createdAt,
    String createdBy,
    Instant revokedAt) {

  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The caller this token stands for. */
  Caller caller() {
    return new Caller(id, role, customerId);
  }
}
