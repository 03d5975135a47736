package org.accordo.app.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.accordo.app.render.Labels;
import org.accordo.app.tickets.Ticket;

/**
 * The portal's home for one customer, every number as of the moment it is shown.
 *
 * @param customerId the customer's id
 * @param customerName the customer's name
 * @param open one page of the counting clocks of the customer's open tickets, due soonest first
 * @param month this month in the reader's zone ({@code 2026-03})
 * @param closed the tickets closed this month, the latest first
 * @param statements this month's statement and the previous ones, the latest first
 */
public record PortalView(
    String customerId,
    String customerName,
    PortalOpen open,
    String month,
    List<ClosedTicket> closed,
    List<StatementLink> statements) {

  /** Closed tickets shown at most. */
  static final int CLOSED_SHOWN = 100;

  /** Months of statements linked: this one and the eleven before. */
  static final int MONTHS_LINKED = 12;

  public PortalView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(open, "open");
    closed = List.copyOf(closed);
    statements = List.copyOf(statements);
  }

  /**
   * A link to one month's statement.
   *
   * @param month the month ({@code 2026-03})
   * @param href the statement page's path
   * @param current whether it is this month (its statement is provisional until the month closes)
   */
  public record StatementLink(String month, String href, boolean current) {}

  /**
   * The home of {@code customerId} at {@code now}.
   *
   * @param open the page of counting clocks, computed at {@code now}
   * @param closed the tickets closed this month
   */
  static PortalView of(
      String customerId,
      String customerName,
      PortalOpen open,
      List<Ticket> closed,
      Instant now,
      ZoneId zone,
      Labels labels) {
    YearMonth month = YearMonth.from(LocalDate.ofInstant(now, zone));
    return new PortalView(
        customerId,
        customerName,
        open,
        month.toString(),
        closed.stream().map(t -> ClosedTicket.of(t, zone, labels)).toList(),
        statementLinks(customerId, month));
  }

  /** The first instant of {@code now}'s month in {@code zone}. */
  static Instant monthStart(Instant now, ZoneId zone) {
    return LocalDate.ofInstant(now, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
  }

  /** The first instant of the month after {@code now}'s in {@code zone}. */
  static Instant monthEnd(Instant now, ZoneId zone) {
    return LocalDate.ofInstant(now, zone)
        .withDayOfMonth(1)
        .plusMonths(1)
        .atStartOfDay(zone)
        .toInstant();
  }

  private static List<StatementLink> statementLinks(String customerId, YearMonth current) {
    return IntStream.range(0, MONTHS_LINKED)
        .mapToObj(current::minusMonths)
        .map(
            m ->
                new StatementLink(
                    m.toString(), "/statements/" + customerId + "/" + m, m.equals(current)))
        .toList();
  }
}
