package org.accordo.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases every persistence test runs on: embedded H2 (the default store) and a real
 * PostgreSQL (the production store) — the one named by {@code ACCORDO_TEST_PG_URL}, or else an
 * embedded server started once per JVM. Each {@link #create()} gives a new, empty, migrated
 * database, so tests never see each other's rows.
 */
public enum TestDatabase {
  H2 {
    @Override
    Connected connect(String name) {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      dataSource.setUser("sa");
      dataSource.setPassword("");
      return new Connected(dataSource, dataSource.getURL(), "sa", "");
    }
  },
  POSTGRESQL {
    @Override
    Connected connect(String name) {
      PgServer server = PgServer.get();
      try (Connection admin = server.admin().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create test database " + name, e);
      }
      String url = server.urlOf(name);
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(url);
      dataSource.setUser(server.user());
      dataSource.setPassword(server.password());
      return new Connected(dataSource, url, server.user(), server.password());
    }
  };

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** A database and how to reach it, for tests that need a URL (a server under test). */
  public record Connected(DataSource dataSource, String url, String user, String password) {

    /** The Spring properties that point a server at this database. */
    public Map<String, Object> springProperties() {
      return Map.of(
          "spring.datasource.url", url,
          "spring.datasource.username", user,
          "spring.datasource.password", password);
    }
  }

  abstract Connected connect(String name);

  /** A new empty database of this kind, with every Flyway migration applied. */
  public Connected create() {
    Connected connected = createEmpty();
    Flyway.configure()
        .dataSource(connected.dataSource())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return connected;
  }

  /** A new empty database of this kind, without migrations (for tests of start-up itself). */
  public Connected createEmpty() {
    return connect(
        "accordo_test_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet());
  }

  /** The shared PostgreSQL server of this JVM. */
  private record PgServer(DataSource admin, String baseUrl, String user, String password) {

    private static PgServer instance;

    static synchronized PgServer get() {
      if (instance == null) {
        instance = start();
      }
      return instance;
    }

    private static PgServer start() {
      String external = System.getenv("ACCORDO_TEST_PG_URL");
      if (external != null && !external.isBlank()) {
        String user = System.getenv().getOrDefault("ACCORDO_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("ACCORDO_TEST_PG_PASSWORD", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(external);
        admin.setUser(user);
        admin.setPassword(password);
        String base = external.substring(0, external.lastIndexOf('/') + 1);
        return new PgServer(admin, base, user, password);
      }
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
        return new PgServer(
            postgres.getPostgresDatabase(),
            "jdbc:postgresql://localhost:" + postgres.getPort() + "/",
            "postgres",
            "postgres");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
      try {
        postgres.close();
      } catch (IOException ignored) {
        // the JVM is exiting; the server's folder is temporary
      }
    }

    String urlOf(String database) {
      return baseUrl + database;
    }
  }
}
