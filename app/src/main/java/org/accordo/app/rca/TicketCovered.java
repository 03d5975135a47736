package org.accordo.app.rca;

import org.accordo.app.refusal.Conflicting;

/** A ticket is covered by at most one root cause analysis. */
public final class TicketCovered extends Conflicting {

  public TicketCovered(String ticketId, String rcaId) {
    super("ticket '" + ticketId + "' is already covered by rca '" + rcaId + "'");
  }
}
