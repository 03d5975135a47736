package org.accordo.app.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * A prepared statement's parameters set with the driver's typed setters, SQL NULL for {@code null}:
 * for the batches of rows written by the hundred thousand (an import's events, clock rows,
 * escalations), where named parameters spent more time looking names up and guessing each value's
 * type than sending the rows.
 */
public final class Parameters {

  private Parameters() {}

  /** Sets the parameters of one row. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  /**
   * Runs {@code sql} once per row, in one JDBC batch, each row's parameters set by {@code binder}.
   */
  public static <T> void batch(JdbcOperations jdbc, String sql, List<T> rows, Binder<T> binder) {
    jdbc.batchUpdate(
        sql,
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            binder.bind(ps, rows.get(i));
          }

          @Override
          public int getBatchSize() {
            return rows.size();
          }
        });
  }

  /** Sets a text parameter. */
  public static void text(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  /** Sets a {@code TIMESTAMP WITH TIME ZONE} parameter, as {@link Timestamps#of} writes it. */
  public static void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, Timestamps.of(value));
    }
  }

  /** Sets a boolean parameter. */
  public static void bool(PreparedStatement ps, int index, Boolean value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BOOLEAN);
    } else {
      ps.setBoolean(index, value);
    }
  }
}
