package org.accordo.app.audit;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An {@link AuditLog} outside Spring, for tests of components that record writes. */
public final class AuditLogFixtures {

  private AuditLogFixtures() {}

  public static AuditLog auditLog(JdbcClient jdbc, Clock clock) {
    return new AuditLog(jdbc, clock);
  }
}
