package org.accordo.app.notifications;

import java.util.List;
import java.util.Objects;
import org.accordo.app.customers.Customer;

/**
 * What the webhook subscriptions page shows: every subscription (its URL's credentials masked,
 * never its secret), the form that adds one as typed (never the secret), and a refusal.
 *
 * @param lines the subscriptions, newest first
 * @param customers the customers a subscription may be limited to
 * @param url the URL typed
 * @param customer the customer chosen, or empty
 * @param problem why adding was refused, or null
 */
public record WebhooksView(
    List<Line> lines, List<Customer> customers, String url, String customer, String problem) {

  /**
   * A subscription.
   *
   * @param id its id
   * @param url where it posts, credentials masked
   * @param customer the customer it is limited to, or empty for all
   * @param created when it was added, in the viewer's zone
   * @param disabled when and why it was disabled, or null while active
   */
  public record Line(String id, String url, String customer, String created, String disabled) {}

  public WebhooksView {
    lines = List.copyOf(lines);
    customers = List.copyOf(customers);
    url = Objects.requireNonNullElse(url, "");
    customer = Objects.requireNonNullElse(customer, "");
  }
}
