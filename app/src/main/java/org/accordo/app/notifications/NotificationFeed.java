package org.accordo.app.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.accordo.app.customers.Customer;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;
import org.accordo.app.web.Page;

/**
 * The notifications feed as a page shows it: one page of deliveries, newest first, with the filters
 * asked and the choices they offer, and whether the viewer may retry a dead one.
 *
 * @param customer the customer filtered on, or empty
 * @param state the state filtered on, or empty
 * @param lines this page's deliveries
 * @param page the 0-based page number
 * @param pages how many pages there are (at least 1)
 * @param total how many deliveries match
 * @param customers the customers to filter by
 * @param canRetry true for an admin
 */
public record NotificationFeed(
    String customer,
    String state,
    List<Line> lines,
    int page,
    int pages,
    long total,
    List<Customer> customers,
    boolean canRetry) {

  /** Rows per page. */
  static final int SIZE = 25;

  /**
   * A delivery.
   *
   * @param id its id
   * @param at when it was written
   * @param ticket the ticket's PSA number (or id) and subject
   * @param ticketId the ticket's id, for the link to its page
   * @param channel its channel
   * @param recipient who receives it
   * @param subject its subject line
   * @param state its state in words
   * @param css its state's class ({@code pending}, {@code delivered}, {@code dead})
   * @param attempts the attempts made
   * @param failure the last failure, or empty
   * @param dead true when it was given up (an admin may retry it)
   */
  public record Line(
      String id,
      String at,
      String ticket,
      String ticketId,
      String channel,
      String recipient,
      String subject,
      String state,
      String css,
      int attempts,
      String failure,
      boolean dead) {}

  public NotificationFeed {
    customer = customer == null ? "" : customer;
    state = state == null ? "" : state;
    lines = List.copyOf(lines);
    customers = List.copyOf(customers);
  }

  /** The feed's page of {@code found}, for a reader in {@code zone}. */
  static NotificationFeed of(
      String customer,
      DeliveryState state,
      Page<Notification> found,
      List<Customer> customers,
      boolean canRetry,
      ZoneId zone,
      Labels labels) {
    List<Line> lines = new ArrayList<>();
    for (Notification n : found.items()) {
      String css = n.delivery().state().id();
      NotifiedTicket ticket = n.ticket();
      lines.add(
          new Line(
              n.id(),
              Formats.instant(n.createdAt(), zone),
              ticket == null
                  ? ""
                  : (ticket.externalId() == null ? ticket.id() : ticket.externalId())
                      + (ticket.subject() == null ? "" : " · " + ticket.subject()),
              ticket == null ? null : ticket.id(),
              n.channel(),
              n.recipient().address(),
              n.subject(),
              labels.get("page.ticket.delivery." + css),
              css,
              n.delivery().attempts(),
              n.delivery().lastFailure() == null ? "" : n.delivery().lastFailure().label(),
              n.delivery().state() == DeliveryState.DEAD));
    }
    int pages = (int) Math.max(1, (found.total() + SIZE - 1) / SIZE);
    return new NotificationFeed(
        customer,
        state == null ? null : state.id(),
        lines,
        found.page(),
        pages,
        found.total(),
        customers,
        canRetry);
  }

  /** True on a page after the first. */
  public boolean hasPrevious() {
    return page > 0;
  }

  /** True when another page follows. */
  public boolean hasNext() {
    return page + 1 < pages;
  }

  /** The link to page {@code number} with the same filters. */
  public String link(int number) {
    StringBuilder query = new StringBuilder("/notifications?page=").append(number);
    if (!customer.isEmpty()) {
      query.append("&customer=").append(URLEncoder.encode(customer, StandardCharsets.UTF_8));
    }
    if (!state.isEmpty()) {
      query.append("&state=").append(state);
    }
    return query.toString();
  }

  /** The states to filter by. */
  public List<String> states() {
    return List.of("pending", "delivered", "dead");
  }
}
