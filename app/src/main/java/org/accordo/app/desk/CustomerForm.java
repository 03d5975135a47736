package org.accordo.app.desk;

import java.util.Objects;
import org.accordo.app.customers.CustomerState;

/**
 * The customer's edit form as typed, and what was refused of it.
 *
 * @param id the customer's id (not editable)
 * @param name the name typed
 * @param zone the time zone typed
 * @param state the customer's state, changed by a form of its own
 * @param field the label key of the refused field, or null
 * @param reason why it was refused, or null
 */
public record CustomerForm(
    String id, String name, String zone, CustomerState state, String field, String reason) {

  public CustomerForm {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(state, "state");
  }

  /** True unless the customer is disabled: the state form then offers to disable it. */
  public boolean active() {
    return state == CustomerState.ACTIVE;
  }

  /** True when the form comes back refused. */
  public boolean refused() {
    return reason != null;
  }

  /** The label key of the form's field named {@code field} in a refusal. */
  static String labelKey(String field) {
    return switch (field) {
      case "name" -> "page.customer.name";
      case "time_zone", "zone" -> "page.customer.zone";
      default -> "page.customer.edit";
    };
  }
}
