package org.accordo.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code accordo serve} is configured: the HTTP port and the database, H2 in files under a data
 * folder by default, PostgreSQL when {@code ACCORDO_DB_URL} is set.
 *
 * @param port the HTTP port, 0 for any free port
 * @param dataDir the folder of the embedded H2 database
 * @param dbUrl the JDBC URL of an external database, or {@code null} for embedded H2
 * @param dbUser the database user, or {@code null}
 * @param dbPassword the database password, or {@code null}
 */
public record ServerSettings(
    int port, Path dataDir, String dbUrl, String dbUser, String dbPassword) {

  /** The embedded database's name: its file is {@code accordo.mv.db} in the data folder. */
  static final String EMBEDDED_DATABASE_NAME = "accordo";

  /**
   * H2's options of the embedded database. {@code RETENTION_TIME}: H2 may reuse the space of a
   * chunk that holds nothing live once the chunk is 10 s old (its default, 45 s, kept 45 s of
   * chunks, one per commit, in the file: most of it under load), which is safe since the file is
   * flushed to the disk every second ({@code jdbc/PeriodicDiskFlush}). {@code MAX_COMPACT_TIME}:
   * when Accordo stops, H2 may compact the file for up to 5 s (its default, 200 ms, leaves it as it
   * is). See docs/server.md, "The embedded database".
   */
  static final String EMBEDDED_DATABASE_OPTIONS = ";RETENTION_TIME=10000;MAX_COMPACT_TIME=5000";

  public ServerSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
    }
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** Settings from the command line options and the {@code ACCORDO_DB_*} environment variables. */
  public static ServerSettings fromEnvironment(int port, Path dataDir, Map<String, String> env) {
    String url = env.get("ACCORDO_DB_URL");
    return new ServerSettings(
        port,
        dataDir,
        url == null || url.isBlank() ? null : url,
        env.get("ACCORDO_DB_USER"),
        env.get("ACCORDO_DB_PASSWORD"));
  }

  /** True when the server uses the embedded H2 database. */
  public boolean embeddedDatabase() {
    return dbUrl == null;
  }

  /** The JDBC URL the server connects to. */
  public String jdbcUrl() {
    if (embeddedDatabase()) {
      return "jdbc:h2:file:"
          + dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_DATABASE_NAME)
          + EMBEDDED_DATABASE_OPTIONS;
    }
    return dbUrl;
  }

  /** The Spring properties these settings stand for. */
  Map<String, Object> springProperties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", port);
    properties.put("spring.datasource.url", jdbcUrl());
    if (embeddedDatabase()) {
      properties.put("spring.datasource.username", "sa");
      properties.put("spring.datasource.password", "");
    } else {
      properties.put("spring.datasource.username", dbUser == null ? "" : dbUser);
      properties.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
    }
    return properties;
  }

  /**
   * A warning for a database that several nodes could share although only one may use it: H2
   * reached through its TCP server or with {@code AUTO_SERVER}. H2 serves one node (its clock rows
   * and outbox are claimed by one scheduler); several nodes need PostgreSQL.
   */
  public Optional<String> multiNodeWarning() {
    if (embeddedDatabase()) {
      return Optional.empty();
    }
    String url = dbUrl.toLowerCase(Locale.ROOT);
    boolean sharedH2 =
        url.startsWith("jdbc:h2:")
            && (url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")
                || url.contains("auto_server=true"));
    return sharedH2
        ? Optional.of(
            "H2 serves one Accordo node, but "
                + describeDatabase()
                + " can be opened by several; run one node"
                + " on it, or point every node at PostgreSQL (ACCORDO_DB_URL=jdbc:postgresql://...)")
        : Optional.empty();
  }

  /** The database named for people: never shows a password. */
  public String describeDatabase() {
    if (embeddedDatabase()) {
      return "H2 in " + dataDir.toAbsolutePath().normalize();
    }
    int query = dbUrl.indexOf('?');
    return query < 0 ? dbUrl : dbUrl.substring(0, query);
  }
}
