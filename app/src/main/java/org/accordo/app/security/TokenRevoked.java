package org.accordo.app.security;

import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * A valid token was revoked (revoking a revoked token publishes nothing). Published in the revoking
 * transaction, like {@link TokenIssued}.
 *
 * @param token the token as it was before the revocation
 * @param revokedBy who revoked it
 */
@NamedInterface("tokens")
public record TokenRevoked(ApiToken token, Caller revokedBy) {

  public TokenRevoked {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(revokedBy, "revokedBy");
  }
}
