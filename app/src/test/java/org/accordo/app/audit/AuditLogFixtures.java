package org.accordo.app.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.accordo.app.security.TokenIssued;
import org.accordo.app.security.TokenRevoked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An {@link AuditLog} outside Spring, for tests of components that record writes. */
public final class AuditLogFixtures {

  private AuditLogFixtures() {}

  /**
   * What a Spring context would publish events to, outside Spring: the audit log's listeners of
   * other modules' writes, recording in the caller's transaction.
   */
  public static ApplicationEventPublisher auditing(DataSource dataSource, Clock clock) {
    TokenAudit tokens = new TokenAudit(auditLog(dataSource, clock));
    return event -> {
      if (event instanceof TokenIssued issued) {
        tokens.issued(issued);
      } else if (event instanceof TokenRevoked revoked) {
        tokens.revoked(revoked);
      }
    };
  }

  public static AuditLog auditLog(DataSource dataSource, Clock clock) {
    return new AuditLog(
        JdbcClient.create(dataSource), new NamedParameterJdbcTemplate(dataSource), clock);
  }
}
