package org.accordo.app.tickets;

import org.accordo.app.refusal.NotPermitted;

/**
 * A customer token set a field that decides SLA outcomes, which only MSP staff (admin and agent
 * tokens) set: when a ticket opened ({@code opened_at}), when an event happened ({@code at}), or an
 * event other than the customer's reply ({@code type}: status, priority, exclusions...). A
 * customer's ticket opens at the server's now with the priority it chose, and its replies are dated
 * by the server.
 */
public final class StaffOnlyField extends NotPermitted {

  private StaffOnlyField(String field, String why) {
    super(field, why);
  }

  /** A customer dated its new ticket. */
  static StaffOnlyField openedAt() {
    return new StaffOnlyField(
        "opened_at",
        "only staff date a ticket; a customer's ticket opens at the server's clock (leave"
            + " opened_at out)");
  }

  /** A customer dated its reply. */
  static StaffOnlyField at() {
    return new StaffOnlyField(
        "at",
        "only staff date an event; a customer's reply is dated by the server's clock (leave at"
            + " out)");
  }

  /** A customer posted an event other than its reply. */
  static StaffOnlyField type(String type) {
    return new StaffOnlyField(
        "type",
        "a customer token posts only customer_replied; "
            + type
            + " is staff's, as are every status, priority, exclusion and cancellation and the"
            + " MSP's replies");
  }
}
