package org.accordo.app.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What one pass over an import's files found, as it goes: counts, and the first {@value #KEPT}
 * refused lines and notes (all are counted; only these are kept, so a file of a million bad lines
 * does not fill the memory).
 */
public final class ImportTally {

  /** How many refused lines, and how many notes, are kept to be listed. */
  public static final int KEPT = 1000;

  long ticketRows;
  long ticketsNew;
  long ticketsStored;
  long historyRows;
  long historyRowsIgnored;
  long events;
  long duplicates;
  long refused;
  long notes;
  final List<ImportProblem> refusedLines = new ArrayList<>();
  final List<ImportProblem> notedLines = new ArrayList<>();

  void refuse(ImportProblem problem) {
    refused++;
    if (refusedLines.size() < KEPT) {
      refusedLines.add(problem);
    }
  }

  void note(ImportProblem note) {
    notes++;
    if (notedLines.size() < KEPT) {
      notedLines.add(note);
    }
  }

  /** What the pass found, as it stands. */
  public ImportSummary summary() {
    return new ImportSummary(
        ticketRows,
        ticketsNew,
        ticketsStored,
        historyRows,
        historyRowsIgnored,
        events,
        duplicates,
        refused,
        List.copyOf(refusedLines),
        notes,
        List.copyOf(notedLines));
  }
}
