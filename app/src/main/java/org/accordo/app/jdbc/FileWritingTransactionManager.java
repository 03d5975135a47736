package org.accordo.app.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's JDBC transactions, where a commit on an H2 database kept in a file is written into the
 * file before the commit returns, so that every answer sent after a commit (every {@code 2xx})
 * survives a killed process.
 *
 * <p>Why: H2 keeps a commit in memory and writes it to its file in the background, within its write
 * delay (500 ms), so a {@code kill -9} lost acknowledged tickets and events (issue 18). After each
 * commit this runs H2's {@code CHECKPOINT}, which writes every change not written yet (the
 * operating system holds it from then on: an OS crash or a power loss is not covered, since H2 does
 * not flush the file to the disk; docs/server.md). H2's own setting for the same, {@code
 * WRITE_DELAY=0}, also stops H2's background thread, which compacts the file: measured, the file
 * then grew without bound and events per second fell to a quarter (BENCHMARKS.md). With the write
 * delay kept, the background thread goes on compacting (if not as fast as a chunk per commit grows
 * the file: the embedded database compacts it when Accordo stops, {@code ServerSettings}).
 *
 * <p>PostgreSQL, and H2 in memory, commit as usual. {@code CHECKPOINT} needs H2's admin rights (the
 * embedded database's user has them): for an {@code ACCORDO_DB_URL} to H2 with a user without them,
 * a warning says that commits are written within H2's delay, and they are.
 */
public class FileWritingTransactionManager extends JdbcTransactionManager {

  private static final Logger log = LoggerFactory.getLogger(FileWritingTransactionManager.class);

  /** Whether commits are written by a checkpoint; null until the first commit tells. */
  private volatile Boolean writeEachCommit;

  /** The transaction manager of {@code dataSource}. */
  public FileWritingTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    super.doCommit(status);
    if (status.isReadOnly()) {
      return;
    }
    Connection connection =
        ((JdbcTransactionObjectSupport) status.getTransaction())
            .getConnectionHolder()
            .getConnection();
    try {
      if (writesEachCommit(connection)) {
        checkpoint(connection);
      }
    } catch (SQLException failure) {
      throw translateException("CHECKPOINT after a commit", failure);
    }
  }

  private boolean writesEachCommit(Connection connection) throws SQLException {
    Boolean known = writeEachCommit;
    if (known == null) {
      known = firstCommitDecides(connection);
      writeEachCommit = known;
    }
    return known;
  }

  /** Decides at the first commit: an H2 database not in memory is checkpointed, if its user may. */
  private static boolean firstCommitDecides(Connection connection) throws SQLException {
    if (!H2File.is(connection.getMetaData())) {
      return false;
    }
    try {
      checkpoint(connection);
      return true;
    } catch (SQLException refused) {
      if (refused.getErrorCode() != ErrorCode.ADMIN_RIGHTS_REQUIRED) {
        throw refused;
      }
      log.warn(
          "the H2 database's user may not run CHECKPOINT (admin rights): its commits reach"
              + " the file within H2's write delay, and a killed process can lose the last ones"
              + " acknowledged; connect as an admin of the database, or use PostgreSQL");
      return false;
    }
  }

  private static void checkpoint(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
    }
  }
}
