package org.accordo.app.imports;

import java.util.List;

/**
 * What an import's files hold, as a pass over them found it.
 *
 * @param ticketRows rows of the ticket list read (duplicates and refused ones too)
 * @param ticketsNew tickets of the list Accordo does not have yet
 * @param ticketsStored tickets of the list Accordo has from an earlier import of the same source
 * @param historyRows rows of the history read
 * @param historyRowsIgnored history rows no rule of the mapping applies to
 * @param events events the good rows imply, each counted once
 * @param duplicates rows or events read again (the same ticket row twice, a first response that the
 *     history also holds): imported once
 * @param refused lines refused
 * @param refusedLines the first {@value ImportTally#KEPT} of them
 * @param notes values a person may want to check (a local time placed by the daylight saving time
 *     rule, a subject cut)
 * @param notedLines the first {@value ImportTally#KEPT} of them
 */
public record ImportSummary(
    long ticketRows,
    long ticketsNew,
    long ticketsStored,
    long historyRows,
    long historyRowsIgnored,
    long events,
    long duplicates,
    long refused,
    List<ImportProblem> refusedLines,
    long notes,
    List<ImportProblem> notedLines) {

  public ImportSummary {
    refusedLines = List.copyOf(refusedLines);
    notedLines = List.copyOf(notedLines);
  }
}
