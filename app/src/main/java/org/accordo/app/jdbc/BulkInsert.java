package org.accordo.app.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Appends many rows to one table, in the caller's transaction: on PostgreSQL through {@code COPY
 * ... FROM STDIN}, elsewhere (H2) as one JDBC batch of inserts. An import's million events spent,
 * as batches of inserts, a third of the storing threads' time turning each value into a parameter
 * of its own (text, then bytes) and PostgreSQL more executing the statements than a {@code COPY} of
 * the same rows takes. The rows go in the list's order, so an identity column numbers them in that
 * order either way.
 */
public final class BulkInsert {

  /** Rows sent to the server at a time, as one piece of the copy. */
  private static final int PIECE = 500;

  /** The fewest rows appended by a {@code COPY}. */
  static final int COPY_FROM = 50;

  private BulkInsert() {}

  /** The values of one row, column after column, in the order of the columns named. */
  public interface Row {
    Row text(String value) throws SQLException;

    /** A {@code TIMESTAMP WITH TIME ZONE}, as {@link Timestamps#of} writes it. */
    Row instant(Instant value) throws SQLException;

    Row bool(Boolean value) throws SQLException;

    Row number(long value) throws SQLException;

    Row decimal(BigDecimal value) throws SQLException;
  }

  /** Writes a value's columns. */
  @FunctionalInterface
  public interface Columns<T> {
    void write(T value, Row row) throws SQLException;
  }

  /**
   * Inserts a row into {@code table} for each of {@code values}, its {@code columns} (as a column
   * list of SQL: {@code a, b, c}) written by {@code writer}.
   */
  public static <T> void append(
      JdbcOperations jdbc, String table, String columns, List<T> values, Columns<T> writer) {
    if (values.isEmpty()) {
      return;
    }
    jdbc.execute(
        (ConnectionCallback<Void>)
            connection -> {
              if (values.size() >= COPY_FROM && connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), table, columns, values, writer);
              } else {
                batch(connection, table, columns, values, writer);
              }
              return null;
            });
  }

  private static <T> void copy(
      PGConnection connection, String table, String columns, List<T> values, Columns<T> writer)
      throws SQLException {
    CopyIn copy = connection.getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    try {
      CopyLine line = new CopyLine();
      for (int i = 0; i < values.size(); i++) {
        writer.write(values.get(i), line);
        line.end();
        if ((i + 1) % PIECE == 0 || i + 1 == values.size()) {
          byte[] piece = line.take().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(piece, 0, piece.length);
        }
      }
      copy.endCopy();
    } catch (SQLException | RuntimeException failed) {
      if (copy.isActive()) {
        try {
          copy.cancelCopy(); // the connection is usable again: the transaction rolls back
        } catch (SQLException cancelling) {
          failed.addSuppressed(cancelling);
        }
      }
      throw failed;
    }
  }

  private static <T> void batch(
      Connection connection, String table, String columns, List<T> values, Columns<T> writer)
      throws SQLException {
    int count = columns.split(",").length;
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + columns
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(count, "?"))
            + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      Bound row = new Bound(ps);
      for (T value : values) {
        row.column = 0;
        writer.write(value, row);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** A row bound to a prepared statement's parameters with the driver's typed setters. */
  private static final class Bound implements Row {
    private final PreparedStatement ps;
    private int column;

    Bound(PreparedStatement ps) {
      this.ps = ps;
    }

    @Override
    public Row text(String value) throws SQLException {
      Parameters.text(ps, ++column, value);
      return this;
    }

    @Override
    public Row instant(Instant value) throws SQLException {
      Parameters.instant(ps, ++column, value);
      return this;
    }

    @Override
    public Row bool(Boolean value) throws SQLException {
      Parameters.bool(ps, ++column, value);
      return this;
    }

    @Override
    public Row number(long value) throws SQLException {
      ps.setLong(++column, value);
      return this;
    }

    @Override
    public Row decimal(BigDecimal value) throws SQLException {
      if (value == null) {
        ps.setNull(++column, java.sql.Types.DECIMAL);
      } else {
        ps.setBigDecimal(++column, value);
      }
      return this;
    }
  }

  /**
   * Rows in {@code COPY}'s text format: values separated by tabs, {@code \N} for null, a backslash,
   * tab, newline or carriage return inside a value escaped with a backslash.
   */
  static final class CopyLine implements Row {
    private final StringBuilder text = new StringBuilder(64 * PIECE);
    private boolean first = true;

    @Override
    public Row text(String value) {
      separate();
      if (value == null) {
        text.append("\\N");
        return this;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
      return this;
    }

    /**
     * In UTC to the microsecond, PostgreSQL's precision, rounded as its JDBC driver rounds the
     * parameters of the inserts (from 500 nanoseconds up).
     */
    @Override
    public Row instant(Instant value) {
      separate();
      if (value == null) {
        text.append("\\N");
        return this;
      }
      Instant rounded = value.getNano() % 1000 >= 500 ? value.plusNanos(1000) : value;
      LocalDateTime t =
          LocalDateTime.ofEpochSecond(rounded.getEpochSecond(), rounded.getNano(), ZoneOffset.UTC);
      pad(t.getYear(), 4).append('-');
      pad(t.getMonthValue(), 2).append('-');
      pad(t.getDayOfMonth(), 2).append(' ');
      pad(t.getHour(), 2).append(':');
      pad(t.getMinute(), 2).append(':');
      pad(t.getSecond(), 2);
      int micros = t.getNano() / 1000;
      if (micros != 0) {
        text.append('.');
        pad(micros, 6);
      }
      text.append("+00");
      return this;
    }

    @Override
    public Row bool(Boolean value) {
      separate();
      text.append(value == null ? "\\N" : value ? "t" : "f");
      return this;
    }

    @Override
    public Row number(long value) {
      separate();
      text.append(value);
      return this;
    }

    @Override
    public Row decimal(BigDecimal value) {
      separate();
      text.append(value == null ? "\\N" : value.toPlainString());
      return this;
    }

    void end() {
      text.append('\n');
      first = true;
    }

    /** The rows written since the last call, and forgets them. */
    String take() {
      String rows = text.toString();
      text.setLength(0);
      return rows;
    }

    private void separate() {
      if (!first) {
        text.append('\t');
      }
      first = false;
    }

    private StringBuilder pad(int value, int width) {
      String digits = Integer.toString(value);
      for (int i = digits.length(); i < width; i++) {
        text.append('0');
      }
      return text.append(digits);
    }
  }
}
