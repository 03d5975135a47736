/**
 * What the repositories share: instants in and out of timestamp columns, and the transaction
 * manager, which writes each commit on an H2 file into the file before it returns ({@link
 * org.accordo.app.jdbc.FileWritingTransactionManager}).
 */
@ApplicationModule(
    displayName = "JDBC helpers (shared)",
    allowedDependencies = {})
package org.accordo.app.jdbc;

import org.springframework.modulith.ApplicationModule;
