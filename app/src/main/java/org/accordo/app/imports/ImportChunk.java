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

  /**
   * The chunk in {@code parts} parts by ticket: part {@code i} holds the tickets, and the events of
   * the tickets, whose id falls to {@code i}, in the chunk's order; each has the chunk's phase and
   * last line. A ticket's rows are always in the same part of every chunk.
   */
  List<ImportChunk> split(int parts) {
    List<List<NewTicket>> tickets = new java.util.ArrayList<>();
    List<List<NewEvent>> events = new java.util.ArrayList<>();
    for (int i = 0; i < parts; i++) {
      tickets.add(new java.util.ArrayList<>());
      events.add(new java.util.ArrayList<>());
    }
    this.tickets.forEach(t -> tickets.get(part(t.id(), parts)).add(t));
    this.events.forEach(e -> events.get(part(e.ticketId(), parts)).add(e));
    List<ImportChunk> split = new java.util.ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      split.add(new ImportChunk(phase, lastLine, tickets.get(i), events.get(i)));
    }
    return split;
  }

  /** True when the chunk has neither a ticket nor an event. */
  boolean isEmpty() {
    return tickets.isEmpty() && events.isEmpty();
  }

  private static int part(String ticketId, int parts) {
    return Math.floorMod(ticketId.hashCode(), parts);
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
