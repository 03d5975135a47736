package org.accordo.app.board;

import java.util.List;
import java.util.Objects;
import org.accordo.app.customers.Customer;
import org.springframework.web.util.UriUtils;

/**
 * What the board's template shows: the rows of one page, the month's breaches per customer, the
 * filters as asked and the choices they offer, and the paging.
 *
 * @param query the filters and page asked
 * @param rows this page's clocks, due soonest first
 * @param rcas the root cause analyses still owed, due soonest first (on the first page, unless a
 *     metric is asked: an RCA is no ticket metric)
 * @param moreRcas true when more RCAs are owed than shown (the link leads to their list)
 * @param hasNext true when another page follows
 * @param breaches this month's breaches, one line per customer with any, most first
 * @param customers the customers to filter by
 * @param overdueReviews the customers whose periodic SLA review is overdue, longest overdue first
 * @param asOf the moment every number was computed, in the viewer's zone
 */
public record BoardView(
    BoardQuery query,
    List<BoardRow> rows,
    List<BoardRcaRow> rcas,
    boolean moreRcas,
    boolean hasNext,
    List<CustomerBreaches> breaches,
    List<Customer> customers,
    List<OverdueReview> overdueReviews,
    String asOf) {

  /**
   * A customer's breaches this month.
   *
   * @param customer the customer's name
   * @param count how many
   */
  public record CustomerBreaches(String customer, long count) {}

  /**
   * A customer whose SLA review is overdue.
   *
   * @param customerId the customer's id, for the link to its reviews
   * @param customer the customer's name
   * @param since the day the review was due ({@code 2026-07-01})
   */
  public record OverdueReview(String customerId, String customer, String since) {}

  public BoardView {
    Objects.requireNonNull(query, "query");
    rows = List.copyOf(rows);
    rcas = List.copyOf(rcas);
    breaches = List.copyOf(breaches);
    customers = List.copyOf(customers);
    overdueReviews = List.copyOf(overdueReviews);
    Objects.requireNonNull(asOf, "asOf");
  }

  /** True on a page after the first. */
  public boolean hasPrevious() {
    return query.page() > 0;
  }

  /** The link to the previous page, with the same filters. */
  public String previousLink() {
    return link(query.onPage(query.page() - 1));
  }

  /** The link to the next page, with the same filters. */
  public String nextLink() {
    return link(query.onPage(query.page() + 1));
  }

  /** The address the live part (rows, paging, breaches) is polled at, with the same filters. */
  public String liveLink() {
    String query = this.query.queryString();
    return "/board/live" + (query.isEmpty() ? "" : "?" + query);
  }

  /** The list of the RCAs still owed, with the board's customer filter. */
  public String rcasLink() {
    return "/rcas?state=draft"
        + (query.customer() == null
            ? ""
            : "&customer=" + UriUtils.encodeQueryParam(query.customer(), "UTF-8"));
  }

  private static String link(BoardQuery query) {
    String string = query.queryString();
    return "/board" + (string.isEmpty() ? "" : "?" + string);
  }
}
