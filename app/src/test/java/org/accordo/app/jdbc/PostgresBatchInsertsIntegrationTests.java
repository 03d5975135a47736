package org.accordo.app.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server's pool sends batches of inserts as multi-row inserts on PostgreSQL, and passes no such
 * setting to H2 (which would refuse a connection setting it does not know).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PostgresBatchInsertsIntegrationTests {

  private final TestDatabase database;
  private final RunningServer server;

  PostgresBatchInsertsIntegrationTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
  }

  @Test
  void batchesOfInsertsAreRewrittenOnPostgresqlOnly() throws Exception {
    HikariDataSource pool = server.bean(DataSource.class).unwrap(HikariDataSource.class);

    Object rewrite = pool.getDataSourceProperties().get(PostgresBatchInserts.PROPERTY);

    if (database == TestDatabase.POSTGRESQL) {
      assertThat(rewrite).isEqualTo("true");
    } else {
      assertThat(rewrite).isNull();
    }
  }
}
