package org.accordo.app.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Whether a connection's database is H2 kept in a file, the one whose file Accordo looks after. */
final class H2File {

  private H2File() {}

  /** True for an H2 database in a file (embedded or through H2's server), false otherwise. */
  static boolean is(DatabaseMetaData metaData) throws SQLException {
    return "H2".equals(metaData.getDatabaseProductName())
        && !metaData.getURL().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
  }
}
