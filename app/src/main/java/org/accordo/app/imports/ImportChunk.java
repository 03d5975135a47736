package org.accordo.app.imports;

import java.util.List;
import org.accordo.core.imports.ImportedEvent;
import org.accordo.core.imports.ImportedTicket;

/**
 * A run of good rows of one file, handed to an {@link ImportSink} together: the new tickets and the
 * events (of new or stored tickets), each with Accordo's ids.
 *
 * @param phase the file's phase
 * @param lastLine the last line of the file the chunk covers: where an interrupted import resumes
 */
record ImportChunk(
    ImportPhase phase, long lastLine, List<NewTicket> tickets, List<NewEvent> events) {

  ImportChunk {
    tickets = List.copyOf(tickets);
    events = List.copyOf(events);
  }

  /** A ticket to create, with its id. */
  record NewTicket(String id, ImportedTicket ticket) {}

  /**
   * An event to add, with its ticket's and its own id.
   *
   * @param ticketCreatedHere its ticket is created by this pass (a row of its list new to Accordo):
   *     no attempt that read the list before this one stored, it has no stored event
   */
  record NewEvent(String ticketId, String id, ImportedEvent event, boolean ticketCreatedHere) {}
}
