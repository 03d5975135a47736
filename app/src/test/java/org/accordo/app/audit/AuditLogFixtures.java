package org.accordo.app.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An {@link AuditLog} outside Spring, for tests of components that record writes. */
public final class AuditLogFixtures {

  private AuditLogFixtures() {}

  public static AuditLog auditLog(DataSource dataSource, Clock clock) {
    return new AuditLog(
        JdbcClient.create(dataSource), new NamedParameterJdbcTemplate(dataSource), clock);
  }
}
