package org.accordo.app.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * The files of one import.
 *
 * @param tickets the ticket list
 * @param history the status history (audit trail), or empty
 */
public record ImportFiles(ExportSource tickets, Optional<ExportSource> history) {

  public ImportFiles {
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(history, "history");
  }
}
