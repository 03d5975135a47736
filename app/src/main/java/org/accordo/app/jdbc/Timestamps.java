package org.accordo.app.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns, the same on H2 and PostgreSQL:
 * written as UTC {@link OffsetDateTime}, read back as {@link Instant}.
 */
public final class Timestamps {

  private Timestamps() {}

  /** The parameter value for an instant; {@code null} stays {@code null}. */
  public static OffsetDateTime of(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The instant in a column, or {@code null} when the column is SQL NULL. */
  public static Instant read(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
