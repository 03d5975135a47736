/**
 * Imports of ticket history from another PSA, as pure rules: a {@link
 * org.accordo.core.imports.ImportMapping} (loaded from YAML by {@link
 * org.accordo.core.imports.MappingLoader}, linted by {@link
 * org.accordo.core.imports.MappingLinter}) says which columns of an export hold what, how the PSA's
 * statuses and priorities map to Accordo's, and in which zone its timestamps without offset are
 * read ({@link org.accordo.core.imports.TimestampReader}, with one rule for the hours that daylight
 * saving time skips or repeats). {@link org.accordo.core.imports.TicketRows} and {@link
 * org.accordo.core.imports.HistoryRows} turn one row at a time into the events it implies, or a
 * {@link org.accordo.core.imports.RowProblem} naming its line and column; reading files and storing
 * is the app's.
 */
package org.accordo.core.imports;
