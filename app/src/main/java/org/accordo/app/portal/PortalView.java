package org.accordo.app.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.accordo.app.board.BoardRow;
import org.accordo.app.clocks.OpenClock;
import org.accordo.app.render.Labels;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketNames.TicketName;
import org.accordo.app.ui.Formats;

/**
 * The portal's home for one customer, every number as of the moment it is shown.
 *
 * @param customerId the customer's id
 * @param customerName the customer's name
 * @param asOf the moment it was computed, in the reader's zone
 * @param open the counting clocks of the customer's open tickets, due soonest first
 * @param more whether more counting clocks exist than are shown
 * @param month this month in the reader's zone ({@code 2026-03})
 * @param closed the tickets closed this month, the latest first
 * @param statements this month's statement and the previous ones, the latest first
 */
public record PortalView(
    String customerId,
    String customerName,
    String asOf,
    List<BoardRow> open,
    boolean more,
    String month,
    List<ClosedTicket> closed,
    List<StatementLink> statements) {

  /** Counting clocks shown at most. */
  static final int OPEN_SHOWN = 100;

  /** Closed tickets shown at most. */
  static final int CLOSED_SHOWN = 100;

  /** Months of statements linked: this one and the eleven before. */
  static final int MONTHS_LINKED = 12;

  public PortalView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    open = List.copyOf(open);
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
   * @param clocks the counting clocks read, one more than {@link #OPEN_SHOWN} at most
   * @param names the tickets' names by id
   * @param closed the tickets closed this month
   */
  static PortalView of(
      String customerId,
      String customerName,
      List<OpenClock> clocks,
      Map<String, TicketName> names,
      List<Ticket> closed,
      Instant now,
      ZoneId zone,
      Labels labels) {
    boolean more = clocks.size() > OPEN_SHOWN;
    List<BoardRow> rows =
        (more ? clocks.subList(0, OPEN_SHOWN) : clocks)
            .stream()
                .map(
                    c -> {
                      TicketName name = names.get(c.ticketId());
                      return BoardRow.of(
                          c,
                          name == null ? null : name.externalId(),
                          name == null ? c.ticketId() : name.subject(),
                          customerName,
                          now,
                          zone,
                          labels);
                    })
                .toList();
    YearMonth month = YearMonth.from(LocalDate.ofInstant(now, zone));
    return new PortalView(
        customerId,
        customerName,
        Formats.instant(now, zone),
        rows,
        more,
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

  /** The fragment's path, which the page polls. */
  public String liveLink() {
    return "/portal/live";
  }
}
