package org.accordo.app.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.accordo.app.support.Await;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file of an H2 database is flushed to the disk over and over while the application runs, so
 * that H2 may reuse its space sooner; other databases are left alone.
 */
class PeriodicDiskFlushTests {

  private static final Duration OFTEN = Duration.ofMillis(50);
  private static final Duration WITHIN = Duration.ofSeconds(20);

  @TempDir Path folder;

  @Test
  void flushesTheFileOfAnH2DatabaseToTheDiskOverAndOver() throws SQLException {
    Path name = folder.resolve("notes");
    JdbcDataSource dataSource = dataSource(CountedFlushes.url(name), "sa");
    try (Connection open = dataSource.getConnection()) {
      execute(open, "CREATE TABLE note (id INT PRIMARY KEY)");
      int before = CountedFlushes.of(name);
      PeriodicDiskFlush flush = new PeriodicDiskFlush(dataSource, OFTEN);

      flush.start();
      try {
        Await.until(
            WITHIN, () -> CountedFlushes.of(name), n -> n >= before + 3, "three more flushes");
        assertThat(flush.flushing()).isTrue();
      } finally {
        flush.stop();
      }
      assertThat(flush.isRunning()).isFalse();
    }
  }

  @Test
  void leavesAnH2DatabaseInMemoryAlone() throws SQLException {
    JdbcDataSource dataSource = dataSource("jdbc:h2:mem:flushless", "sa");
    try (Connection open = dataSource.getConnection()) {
      PeriodicDiskFlush flush = new PeriodicDiskFlush(dataSource, OFTEN);

      flush.start();
      try {
        Await.until(WITHIN, flush::flushing, flushing -> !flushing, "the flushing to stop");
      } finally {
        flush.stop();
      }
    }
  }

  @Test
  void stopsFlushingForAUserWithoutTheRightToFlush() throws SQLException {
    Path name = folder.resolve("clerks");
    try (Connection admin = dataSource(CountedFlushes.url(name), "sa").getConnection()) {
      execute(admin, "CREATE USER clerk PASSWORD 'clerk'");
      int before = CountedFlushes.of(name);
      PeriodicDiskFlush flush =
          new PeriodicDiskFlush(dataSource(CountedFlushes.url(name), "clerk"), OFTEN);

      flush.start();
      try {
        Await.until(WITHIN, flush::flushing, flushing -> !flushing, "the flushing to stop");
      } finally {
        flush.stop();
      }
      assertThat(CountedFlushes.of(name)).isEqualTo(before);
    }
  }

  private static JdbcDataSource dataSource(String url, String user) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser(user);
    dataSource.setPassword(user.equals("sa") ? "" : user);
    return dataSource;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
