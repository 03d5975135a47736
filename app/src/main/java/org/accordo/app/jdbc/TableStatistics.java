package org.accordo.app.jdbc;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Refreshes the planner's statistics of tables that grow faster than the database notices: an
 * import fills tables from nothing in a minute, while PostgreSQL's autovacuum analyzes a table at
 * most once a minute. With the statistics of a nearly empty table its planner reads a batch's rows
 * ({@code WHERE ticket_id IN (...)}) by scanning the whole table, once per batch: an import then
 * slows down with the square of its size. On PostgreSQL {@code ANALYZE}; on H2, which serves one
 * node and small data, nothing.
 */
@Component
public class TableStatistics {

  private static final Pattern TABLE = Pattern.compile("[a-z_]+");

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private volatile Boolean postgres;

  TableStatistics(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Refreshes the statistics of the tables (names of Accordo's tables), in its own statement. */
  public void refresh(List<String> tables) {
    if (!isPostgres()) {
      return;
    }
    for (String table : tables) {
      if (!TABLE.matcher(table).matches()) {
        throw new IllegalArgumentException("not a table name: " + table);
      }
      jdbc.sql("ANALYZE " + table).update();
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
