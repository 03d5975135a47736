package org.accordo.app.security;

import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * A token was issued. Published in the issuing transaction, so that what records it (the audit log)
 * commits or rolls back with the token; security itself knows nothing of who listens.
 *
 * @param token the token as stored
 * @param issuedBy who issued it ({@link Caller#SYSTEM} for the first admin token)
 * @param note a short note for people, e.g. {@code role agent}
 */
@NamedInterface("tokens")
public record TokenIssued(ApiToken token, Caller issuedBy, String note) {

  public TokenIssued {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(issuedBy, "issuedBy");
  }
}
