/**
 * What the repositories share: instants in and out of timestamp columns, and the transaction
 * manager, which writes each commit on an H2 file into the file before it returns ({@link
 * org.accordo.app.jdbc.FileWritingTransactionManager}).
 */
package org.accordo.app.jdbc;
