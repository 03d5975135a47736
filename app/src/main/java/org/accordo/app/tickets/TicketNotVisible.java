package org.accordo.app.tickets;

import org.accordo.app.refusal.NotVisible;

/**
 * No such ticket, or another customer's: both answer alike, so a customer token cannot tell which
 * ids exist.
 */
public final class TicketNotVisible extends NotVisible {

  private TicketNotVisible(String what, String id) {
    super(what, id);
  }

  /** No visible ticket with this id. */
  public static TicketNotVisible withId(String id) {
    return new TicketNotVisible("ticket", id);
  }

  /** No visible ticket of the customer with this id in another PSA. */
  public static TicketNotVisible withExternalId(String customerId, String externalId) {
    return new TicketNotVisible("ticket with external_id", customerId + "/" + externalId);
  }
}
