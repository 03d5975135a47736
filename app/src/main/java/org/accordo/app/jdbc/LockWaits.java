package org.accordo.app.jdbc;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bounds how long the current transaction waits for a row lock, for work that must give up rather
 * than wait behind another transaction (it then fails, with a {@code CannotAcquireLockException} or
 * a {@code PessimisticLockingFailureException}). On PostgreSQL a {@code SET LOCAL lock_timeout},
 * which ends with the transaction; on H2, which serves one node, nothing: the other lockers there
 * (the scheduler, the rebuild worker) hold a row for milliseconds.
 */
@Component
public class LockWaits {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private volatile Boolean postgres;

  LockWaits(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Limits the current transaction's wait for each row lock to {@code wait} (at least 1 ms). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void limit(Duration wait) {
    if (isPostgres()) {
      long millis = Math.max(1, wait.toMillis());
      jdbc.sql("SET LOCAL lock_timeout = '" + millis + "ms'").update();
    }
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      try {
        String product =
            JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        known = "PostgreSQL".equals(product);
      } catch (MetaDataAccessException e) {
        throw new IllegalStateException("cannot tell which database this is", e);
      }
      postgres = known;
    }
    return known;
  }
}
