package org.accordo.app.clocks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.accordo.app.customers.Customer;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;
import org.accordo.app.web.Page;

/**
 * The escalations feed as a page shows it: one page of escalations and breaches, newest first, with
 * the filters asked and the choices they offer.
 *
 * @param customer the customer filtered on, or empty
 * @param kind the kind filtered on ({@code escalation}, {@code breach}), or empty
 * @param lines this page's escalations
 * @param page the 0-based page number
 * @param pages how many pages there are (at least 1)
 * @param total how many match
 * @param customers the customers to filter by
 */
public record EscalationFeed(
    String customer,
    String kind,
    List<Line> lines,
    int page,
    int pages,
    long total,
    List<Customer> customers) {

  /** Rows per page. */
  static final int SIZE = 25;

  /**
   * An escalation or breach.
   *
   * @param at when the clock crossed
   * @param recorded when Accordo recorded it
   * @param customer the customer's name
   * @param ticketId the ticket's id, for the link to its page
   * @param what escalation at its threshold, or breach, with its level
   * @param metric the metric and cycle, in words
   * @param priority the priority
   * @param breach true for a breach
   */
  public record Line(
      String at,
      String recorded,
      String customer,
      String ticketId,
      String what,
      String metric,
      String priority,
      boolean breach) {}

  public EscalationFeed {
    customer = customer == null ? "" : customer;
    kind = kind == null ? "" : kind;
    lines = List.copyOf(lines);
    customers = List.copyOf(customers);
  }

  /** The feed's page of {@code found}, for a reader in {@code zone}. */
  static EscalationFeed of(
      String customer,
      EscalationKind kind,
      Page<Escalation> found,
      List<Customer> customers,
      ZoneId zone,
      Labels labels) {
    Map<String, String> names =
        customers.stream().collect(java.util.stream.Collectors.toMap(Customer::id, Customer::name));
    List<Line> lines =
        found.items().stream()
            .map(
                e -> {
                  boolean breach = e.kind() == EscalationKind.BREACH;
                  double percent = e.atFraction().doubleValue() * 100;
                  String threshold =
                      (percent == Math.rint(percent)
                              ? String.valueOf((long) percent)
                              : String.valueOf(percent))
                          + " %";
                  return new Line(
                      Formats.instant(e.occurredAt(), zone),
                      Formats.instant(e.recordedAt(), zone),
                      names.getOrDefault(
                          e.customerId(), e.customerId() == null ? "" : e.customerId()),
                      e.ticketId(),
                      labels.get(
                              breach ? "page.ticket.breach" : "page.ticket.escalation", threshold)
                          + (e.level() == null ? "" : " " + e.level()),
                      e.metric() == null
                          ? ""
                          : labels.get(
                              "page.ticket.metric.cycle",
                              labels.get("metric." + e.metric().id()),
                              e.cycle()),
                      e.priority() == null ? "" : e.priority(),
                      breach);
                })
            .toList();
    int pages = (int) Math.max(1, (found.total() + SIZE - 1) / SIZE);
    return new EscalationFeed(
        customer,
        kind == null ? null : kind.id(),
        lines,
        found.page(),
        pages,
        found.total(),
        customers);
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
    StringBuilder query = new StringBuilder("/escalations?page=").append(number);
    if (!customer.isEmpty()) {
      query.append("&customer=").append(URLEncoder.encode(customer, StandardCharsets.UTF_8));
    }
    if (!kind.isEmpty()) {
      query.append("&kind=").append(kind);
    }
    return query.toString();
  }

  /** The kinds to filter by. */
  public List<String> kinds() {
    return List.of("escalation", "breach");
  }
}
