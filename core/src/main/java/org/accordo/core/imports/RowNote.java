package org.accordo.core.imports;

/**
 * Something an import did with a value that a person may want to check, without refusing its row: a
 * local time placed by the daylight saving time rule, a subject cut to its longest length.
 *
 * @param line the 1-based line
 * @param column the 1-based column, 0 for the whole record
 * @param message what was done
 */
public record RowNote(long line, int column, String message) {}
