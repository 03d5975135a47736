package org.accordo.app.audit;

import org.accordo.app.security.TokenIssued;
import org.accordo.app.security.TokenRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the writes of {@code security} as they are published: synchronously, in the publishing
 * transaction ({@link AuditLog#record} requires one), so that security needs no audit log of its
 * own and the two modules do not depend on each other both ways.
 */
@Component
class TokenAudit {

  private final AuditLog audit;

  TokenAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void issued(TokenIssued issued) {
    audit.record(
        issued.issuedBy(),
        "token.created",
        "token",
        issued.token().id(),
        issued.token().customerId(),
        issued.note());
  }

  @EventListener
  void revoked(TokenRevoked revoked) {
    audit.record(
        revoked.revokedBy(),
        "token.revoked",
        "token",
        revoked.token().id(),
        revoked.token().customerId(),
        null);
  }
}
