package org.accordo.app.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What the audit log's page shows: one page of entries, newest first, and the filters as typed.
 *
 * @param actor the "who" filter, or empty
 * @param customer the customer filter, or empty
 * @param action the action filter, or empty
 * @param from the first day, {@code yyyy-MM-dd} in the viewer's zone, or empty
 * @param to the last day, inclusive, or empty
 * @param lines this page's entries
 * @param page the 0-based page number
 * @param pages how many pages there are (at least 1)
 * @param total how many entries match
 * @param problem why the filters were refused, or null
 */
public record AuditView(
    String actor,
    String customer,
    String action,
    String from,
    String to,
    List<Line> lines,
    int page,
    int pages,
    long total,
    String problem) {

  /** Entries per page. */
  static final int SIZE = 50;

  /**
   * An entry.
   *
   * @param at when, in the viewer's zone
   * @param actor who
   * @param action what
   * @param entity the entity's type and id
   * @param customer the customer, or empty
   * @param detail the note, or empty
   */
  public record Line(
      String at, String actor, String action, String entity, String customer, String detail) {}

  public AuditView {
    actor = Objects.requireNonNullElse(actor, "");
    customer = Objects.requireNonNullElse(customer, "");
    action = Objects.requireNonNullElse(action, "");
    from = Objects.requireNonNullElse(from, "");
    to = Objects.requireNonNullElse(to, "");
    lines = List.copyOf(lines);
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
    StringBuilder query = new StringBuilder("/admin/audit?page=").append(number);
    append(query, "actor", actor);
    append(query, "customer", customer);
    append(query, "action", action);
    append(query, "from", from);
    append(query, "to", to);
    return query.toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (!value.isEmpty()) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
