package org.accordo.app.tickets;

import org.accordo.app.refusal.NotVisible;

/** No event with this id on the ticket. */
public final class EventNotVisible extends NotVisible {

  public EventNotVisible(String id) {
    super("event", id);
  }
}
