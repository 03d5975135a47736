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

  StaffOnlyField(String field, String why) {
    super(field, "a customer token may not set it; " + why);
  }

  /** A customer dated its new ticket. */
  static StaffOnlyField openedAt() {
    return new StaffOnlyField(
        "opened_at", "a customer's ticket opens at the server's clock (leave opened_at out)");
  }

  /** A customer dated its event. */
  static StaffOnlyField at() {
    return new StaffOnlyField(
        "at", "a customer's reply is dated by the server's clock (leave at out)");
  }

  /** A customer posted an event other than its reply. */
  static StaffOnlyField type(String type) {
    return new StaffOnlyField(
        "type",
        "a customer may only post customer_replied; "
            + type
            + " (status, priority, exclusions, cancellation, the MSP's replies) is staff's");
  }
}
