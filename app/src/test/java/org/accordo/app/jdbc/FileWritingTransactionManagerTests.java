package org.accordo.app.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commit on an H2 file leaves nothing only in memory: the transaction manager has H2 write it
 * into the file before the commit returns. (That it survives a killed process is proved end to end
 * by {@code RestartIntegrationTests} on H2.)
 */
class FileWritingTransactionManagerTests {

  @TempDir Path folder;

  @Test
  void aCommitOnAnH2FileIsWrittenToTheFileBeforeItReturns() throws SQLException {
    JdbcDataSource dataSource = h2("sa");
    try (Connection open = dataSource.getConnection()) {
      execute(open, "CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100))");
      MVStore store = storeOf(open);
      TransactionTemplate transactions =
          new TransactionTemplate(new FileWritingTransactionManager(dataSource));

      for (int id = 1; id <= 20; id++) {
        int note = id;
        transactions.executeWithoutResult(
            status ->
                JdbcClient.create(dataSource)
                    .sql("INSERT INTO note (id, text) VALUES (?, 'written')")
                    .param(note)
                    .update());

        // H2 writes a commit within 500 ms by itself; here nothing waits in memory any more
        assertThat(store.hasUnsavedChanges()).as("unsaved changes after commit %d", id).isFalse();
      }
    }
  }

  @Test
  void aUserWithoutTheRightToCheckpointStillCommits() throws SQLException {
    try (Connection admin = h2("sa").getConnection()) {
      execute(admin, "CREATE TABLE note (id INT PRIMARY KEY)");
      execute(admin, "CREATE USER clerk PASSWORD 'clerk'");
      execute(admin, "GRANT ALL ON note TO clerk");
      JdbcDataSource clerk = h2("clerk");
      TransactionTemplate transactions =
          new TransactionTemplate(new FileWritingTransactionManager(clerk));

      for (int id = 1; id <= 2; id++) {
        int note = id;
        transactions.executeWithoutResult(
            status ->
                JdbcClient.create(clerk)
                    .sql("INSERT INTO PUBLIC.note (id) VALUES (?)")
                    .param(note)
                    .update());
      }

      assertThat(
              JdbcClient.create(clerk)
                  .sql("SELECT COUNT(*) FROM PUBLIC.note")
                  .query(Integer.class)
                  .single())
          .isEqualTo(2);
    }
  }

  private JdbcDataSource h2(String user) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("notes"));
    dataSource.setUser(user);
    dataSource.setPassword(user.equals("sa") ? "" : user);
    return dataSource;
  }

  private static MVStore storeOf(Connection connection) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    return session.getDatabase().getStore().getMvStore();
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
