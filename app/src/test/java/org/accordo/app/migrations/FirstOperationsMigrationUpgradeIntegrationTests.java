package org.accordo.app.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.accordo.app.AccordoServer;
import org.accordo.app.ServerSettings;
import org.accordo.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that ran the first text of {@code V010__operations.sql} (kept in {@code
 * db/first-v010}, as commit 61e51f0 landed it) starts: Accordo brings its schema to what the landed
 * {@code V010} creates, records the landed checksum, and Flyway runs the later migrations. Before
 * the upgrade such a database failed Flyway's validation at every start.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class FirstOperationsMigrationUpgradeIntegrationTests {

  private final TestDatabase kind;

  @TempDir Path temp;

  FirstOperationsMigrationUpgradeIntegrationTests(TestDatabase kind) {
    this.kind = kind;
  }

  @Test
  void aDatabaseThatRanTheFirstV010StartsWithTheLandedSchema() throws Exception {
    TestDatabase.Connected old = kind.createEmpty();
    Flyway.configure()
        .dataSource(old.dataSource())
        .locations("filesystem:" + migrationsWithTheFirstV010())
        .load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(old.dataSource());
    assertThat(checksumOf(jdbc, "010"))
        .as("the first text's checksum, as the upgrade knows it")
        .isEqualTo(FirstOperationsMigrationUpgrade.FIRST_CHECKSUM);
    recordARebuildInProgress(jdbc);

    try (ConfigurableApplicationContext started = AccordoServer.startTask(settingsFor(old))) {
      assertThat(started.isActive()).isTrue();
    }

    assertThat(checksumOf(jdbc, "010")).isEqualTo(FirstOperationsMigrationUpgrade.LANDED_CHECKSUM);
    assertThat(
            jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .query(String.class)
                .set())
        .as("the later migrations ran")
        .contains("011", "012");
    TestDatabase.Connected fresh = kind.create();
    for (String table : new String[] {"clock_rebuild", "clock_rebuild_ticket"}) {
      assertThat(columnsOf(old.dataSource(), table))
          .as("the columns of %s", table)
          .isEqualTo(columnsOf(fresh.dataSource(), table));
      assertThat(indexesOf(old.dataSource(), table))
          .as("the indexes of %s", table)
          .isEqualTo(indexesOf(fresh.dataSource(), table));
    }
    // the rebuild recorded under the first text: the days of version 1 in Rome
    assertThat(
            jdbc.sql("SELECT opened_from, opened_until FROM clock_rebuild")
                .query(
                    (rs, row) ->
                        Map.of(
                            "from", instant(rs.getObject("opened_from", OffsetDateTime.class)),
                            "until", instant(rs.getObject("opened_until", OffsetDateTime.class))))
                .single())
        .containsEntry("from", Instant.parse("2026-02-28T23:00:00Z"))
        .containsEntry("until", Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM clock_rebuild_ticket WHERE done_at IS NULL")
                .query(Integer.class)
                .single())
        .as("its ticket, still to do")
        .isEqualTo(1);
    // and the database now validates against the landed migrations without the upgrade
    Flyway.configure()
        .dataSource(old.dataSource())
        .locations("classpath:db/migration")
        .load()
        .validate();
  }

  /** The landed V001..V009 and the first text of V010, in a folder of their own. */
  private Path migrationsWithTheFirstV010() throws IOException, URISyntaxException {
    Path scripts = Files.createDirectory(temp.resolve("first-v010-history"));
    Path landed = Path.of(getClass().getResource("/db/migration").toURI());
    try (DirectoryStream<Path> early = Files.newDirectoryStream(landed, "V00[1-9]__*.sql")) {
      for (Path script : early) {
        Files.copy(script, scripts.resolve(script.getFileName().toString()));
      }
    }
    Files.copy(
        Path.of(getClass().getResource("/db/first-v010/V010__operations.sql").toURI()),
        scripts.resolve("V010__operations.sql"));
    return scripts;
  }

  /** A customer in Rome, its version 1 for March 2026, and the rebuild its upload scheduled. */
  private static void recordARebuildInProgress(JdbcClient jdbc) {
    OffsetDateTime at = OffsetDateTime.parse("2026-03-01T10:00:00Z");
    jdbc.sql(
            "INSERT INTO customer (id, name, created_at, time_zone) VALUES ('rossi', 'Rossi', ?,"
                + " 'Europe/Rome')")
        .param(at)
        .update();
    jdbc.sql(
            "INSERT INTO contract_version (customer_id, version_number, contract_id,"
                + " effective_from, effective_to, document, uploaded_at, uploaded_by) VALUES"
                + " ('rossi', 1, 'rossi-msa', DATE '2026-03-01', DATE '2026-03-31', 'x', ?, 'admin')")
        .param(at)
        .update();
    jdbc.sql(
            "INSERT INTO ticket (id, customer_id, subject, priority, status, opened_at, created_at,"
                + " created_by, updated_at) VALUES ('t-1', 'rossi', 'Mail down', 'P1', 'new', ?, ?,"
                + " 'admin', ?)")
        .params(at, at, at)
        .update();
    jdbc.sql(
            "INSERT INTO clock_rebuild (customer_id, contract_version, tickets, requested_at,"
                + " requested_by) VALUES ('rossi', 1, 1, ?, 'admin')")
        .param(at)
        .update();
    jdbc.sql(
            "INSERT INTO clock_rebuild_ticket (customer_id, contract_version, ticket_id, attempts)"
                + " VALUES ('rossi', 1, 't-1', 0)")
        .update();
  }

  private static ServerSettings settingsFor(TestDatabase.Connected database) {
    return ServerSettings.fromEnvironment(
        0,
        Path.of("unused"),
        Map.of(
            "ACCORDO_DB_URL", database.url(),
            "ACCORDO_DB_USER", database.user(),
            "ACCORDO_DB_PASSWORD", database.password()));
  }

  private static int checksumOf(JdbcClient jdbc, String version) {
    return jdbc.sql("SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = ?")
        .param(version)
        .query(Integer.class)
        .single();
  }

  /** Name, type, size and nullability of each column, in any order. */
  private static Set<String> columnsOf(DataSource dataSource, String table) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs =
            connection.getMetaData().getColumns(null, null, stored(connection, table), null)) {
      while (rs.next()) {
        columns.add(
            String.join(
                " ",
                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                rs.getString("TYPE_NAME"),
                rs.getString("COLUMN_SIZE"),
                rs.getString("IS_NULLABLE")));
      }
    }
    return columns;
  }

  /**
   * Each index's name, uniqueness and columns in order; the suffix H2 adds to the names it makes up
   * (a primary key's, a foreign key's) differs from database to database and is left out.
   */
  private static Set<String> indexesOf(DataSource dataSource, String table) throws SQLException {
    Set<String> indexes = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs =
            connection
                .getMetaData()
                .getIndexInfo(null, null, stored(connection, table), false, false)) {
      while (rs.next()) {
        indexes.add(
            String.join(
                " ",
                String.valueOf(rs.getString("INDEX_NAME"))
                    .toLowerCase(Locale.ROOT)
                    .replaceFirst("(primary_key|_index)_[0-9a-f]+$", "$1"),
                rs.getBoolean("NON_UNIQUE") ? "non-unique" : "unique",
                rs.getString("ORDINAL_POSITION"),
                String.valueOf(rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT)));
      }
    }
    return indexes;
  }

  /** An unquoted name as the database stores it (H2: upper case; PostgreSQL: lower case). */
  private static String stored(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
