package org.accordo.app.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.accordo.app.board.BoardRow;
import org.accordo.app.clocks.OpenClock;
import org.accordo.app.clocks.OpenClocks;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.render.Labels;
import org.accordo.app.tickets.TicketNames.TicketName;
import org.accordo.app.ui.Formats;

/**
 * The live part of the portal's home: one page of the customer's counting clocks, due soonest
 * first, each row computed once at the moment it is shown. {@code /portal/live} answers it alone
 * (what the page polls), without the month's closed tickets, so a poll reads only the clocks. A
 * page holds {@link #PAGE_SIZE} clocks, as the board's does, so a customer with 100,000 open
 * tickets gets a page of the same size as one with ten, and reaches the others by "next".
 *
 * @param asOf the moment every row was computed, in the reader's zone
 * @param rows this page's clocks, due soonest first
 * @param page the page, from 0
 * @param hasNext whether another page follows
 */
public record PortalOpen(String asOf, List<BoardRow> rows, int page, boolean hasNext) {

  /** Clocks per page. */
  static final int PAGE_SIZE = 50;

  /** The last page asked for (the offset of a deeper one is not worth reading). */
  static final int MAX_PAGE = 10_000;

  public PortalOpen {
    Objects.requireNonNull(asOf, "asOf");
    rows = List.copyOf(rows);
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidField("page", "must be between 0 and " + MAX_PAGE + ", was " + page);
    }
  }

  /**
   * The page asked in the query string ({@code page}, from 0; blank: the first).
   *
   * @throws InvalidField naming {@code page} when it is not a whole number from 0 to {@link
   *     #MAX_PAGE}
   */
  static int page(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    int page;
    try {
      page = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidField("page", "must be a whole number");
    }
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidField("page", "must be between 0 and " + MAX_PAGE + ", was " + page);
    }
    return page;
  }

  /** The clocks to read for {@code page}: one more than shown, to know whether another follows. */
  static OpenClocks.Slice slice(int page) {
    return new OpenClocks.Slice((long) page * PAGE_SIZE, PAGE_SIZE + 1);
  }

  /**
   * Page {@code page} at {@code now}.
   *
   * @param clocks the clocks read through {@link #slice}, one more than a page at most
   * @param names their tickets' names by id
   */
  static PortalOpen of(
      int page,
      String customerName,
      List<OpenClock> clocks,
      Map<String, TicketName> names,
      Instant now,
      ZoneId zone,
      Labels labels) {
    boolean hasNext = clocks.size() > PAGE_SIZE;
    List<BoardRow> rows =
        (hasNext ? clocks.subList(0, PAGE_SIZE) : clocks)
            .stream()
                .map(c -> row(c, names.get(c.ticketId()), customerName, now, zone, labels))
                .toList();
    return new PortalOpen(Formats.instant(now, zone), rows, page, hasNext);
  }

  private static BoardRow row(
      OpenClock clock,
      TicketName name,
      String customerName,
      Instant now,
      ZoneId zone,
      Labels labels) {
    return BoardRow.of(
        clock,
        name == null ? null : name.externalId(),
        name == null ? clock.ticketId() : name.subject(),
        customerName,
        now,
        zone,
        labels);
  }

  /** True on a page after the first. */
  public boolean hasPrevious() {
    return page > 0;
  }

  /** The portal's home on the previous page. */
  public String previousLink() {
    return link("/portal", page - 1);
  }

  /** The portal's home on the next page. */
  public String nextLink() {
    return link("/portal", page + 1);
  }

  /** The fragment's path, which the page polls, on this page. */
  public String liveLink() {
    return link("/portal/live", page);
  }

  private static String link(String path, int page) {
    return page == 0 ? path : path + "?page=" + page;
  }
}
