package org.accordo.app.outages;

import java.util.List;
import java.util.Objects;

/**
 * The outages page's view: one page of a customer's outages and maintenance windows.
 *
 * @param customerId the customer's id
 * @param lines this page's outages, newest first
 * @param page the page, from 0
 * @param hasNext whether an older page follows
 */
public record OutagesView(String customerId, List<OutageLine> lines, int page, boolean hasNext) {

  public OutagesView {
    Objects.requireNonNull(customerId, "customerId");
    lines = List.copyOf(lines);
  }

  /** The path of another page of the list. */
  public String pageLink(int other) {
    return "/outages/" + customerId + "?page=" + other;
  }
}
