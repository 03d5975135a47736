package org.accordo.app.simulation;

import java.util.Map;
import org.accordo.app.refusal.Unacceptable;

/** A stored ticket one of the contracts cannot measure (its service, a priority): named. */
public final class TicketNotSimulated extends Unacceptable {

  public TicketNotSimulated(String ticket, String why) {
    super(
        "ticket-not-simulated",
        "ticket " + ticket + " cannot be measured: " + why,
        Map.of("ticket", ticket));
  }
}
