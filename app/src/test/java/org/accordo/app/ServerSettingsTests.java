package org.accordo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * H2 serves one node: Accordo warns about an H2 database several nodes could open, and says so when
 * one is taken. The embedded database reuses the space of old chunks after 10 s.
 */
class ServerSettingsTests {

  private static final Path DATA = Path.of("data");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # url                                               | warned
      # the embedded default (no ACCORDO_DB_URL) is locked to one process by H2 itself
      ''                                                  | false
      # PostgreSQL serves several nodes
      jdbc:postgresql://db:5432/accordo                   | false
      # an H2 file named explicitly is still locked to one process
      jdbc:h2:file:/srv/accordo/db                        | false
      # H2's TCP server, with or without TLS, lets several processes in
      jdbc:h2:tcp://db:9092/accordo                       | true
      jdbc:h2:ssl://db:9092/accordo                       | true
      # so does AUTO_SERVER, whatever its case
      jdbc:h2:file:/srv/accordo/db;auto_server=TRUE       | true
      """)
  void warnsAboutAnH2DatabaseThatSeveralNodesCouldOpen(String url, boolean warned) {
    ServerSettings settings =
        ServerSettings.fromEnvironment(
            0, DATA, url.isEmpty() ? Map.of() : Map.of("ACCORDO_DB_URL", url));

    assertThat(settings.multiNodeWarning()).as(url).matches(w -> w.isPresent() == warned);
    settings
        .multiNodeWarning()
        .ifPresent(
            w -> assertThat(w).contains("H2 serves one Accordo node").contains("PostgreSQL"));
  }

  @Test
  void explainsThatTheEmbeddedDatabaseIsTakenByAnotherProcess() {
    ServerSettings settings = new ServerSettings(0, DATA, null, null, null);
    // the message H2 2.4 gives when another process holds the file lock
    SQLException taken =
        new SQLException(
            "Database may be already in use: \"/srv/data/accordo.mv.db\". Possible solutions: ...");

    String explained =
        AccordoServer.StartupFailure.explain(new IllegalStateException("startup", taken), settings);

    assertThat(explained)
        .startsWith(
            "the H2 database in "
                + DATA.toAbsolutePath().normalize()
                + " is open in another process")
        .contains("H2 serves one node")
        .contains("PostgreSQL");
  }

  @Test
  void theEmbeddedDatabaseReusesTheSpaceOfChunksOlderThanTenSeconds(@TempDir Path data)
      throws SQLException {
    String url = new ServerSettings(0, data, null, null, null).jdbcUrl();

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet setting =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'RETENTION_TIME'")) {
      assertThat(setting.next()).isTrue();
      // H2's default is 45000: its file held 45 s of chunks, one per commit
      assertThat(setting.getString(1)).isEqualTo("10000");
    }
  }
}
