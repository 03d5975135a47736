package org.accordo.app.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accordo.app.clocks.OpenClock;
import org.accordo.app.clocks.OpenClocks;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.rca.OpenRca;
import org.accordo.app.rca.Rcas;
import org.accordo.app.render.Labels;
import org.accordo.app.reviews.Reviews;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.TicketNames;
import org.accordo.app.tickets.TicketNames.TicketName;
import org.accordo.app.ui.Formats;
import org.springframework.stereotype.Component;

/**
 * Builds the board's view at the server's "now": one page of open clocks (one query through the
 * clocks' facade), their tickets' names (one query), the customers' names, the month's breaches.
 */
@Component
class Board {

  private final OpenClocks clocks;
  private final TicketNames tickets;
  private final CustomerService customers;
  private final Reviews reviews;
  private final Rcas rcas;
  private final Clock clock;

  Board(
      OpenClocks clocks,
      TicketNames tickets,
      CustomerService customers,
      Reviews reviews,
      Rcas rcas,
      Clock clock) {
    this.reviews = reviews;
    this.rcas = rcas;
    this.clocks = clocks;
    this.tickets = tickets;
    this.customers = customers;
    this.clock = clock;
  }

  /** The board as {@code caller} sees it, written for a reader in {@code zone}. */
  BoardView view(Caller caller, BoardQuery query, ZoneId zone, Labels labels) {
    Instant now = clock.instant();
    List<Customer> visible = customers.all(caller);
    Map<String, String> names =
        visible.stream().collect(Collectors.toMap(Customer::id, Customer::name));
    List<OpenClock> page = clocks.list(caller, query.filter(now), query.slice());
    boolean hasNext = page.size() > BoardQuery.PAGE_SIZE;
    List<OpenClock> shown = hasNext ? page.subList(0, BoardQuery.PAGE_SIZE) : page;
    Map<String, TicketName> named =
        tickets.ofAll(shown.stream().map(OpenClock::ticketId).distinct().toList());
    List<BoardRow> rows =
        shown.stream()
            .map(
                c -> {
                  TicketName ticket = named.get(c.ticketId());
                  return BoardRow.of(
                      c,
                      ticket == null ? null : ticket.externalId(),
                      ticket == null ? c.ticketId() : ticket.subject(),
                      names.getOrDefault(c.customerId(), c.customerId()),
                      now,
                      zone,
                      labels);
                })
            .toList();
    List<OpenRca> owed =
        query.rcaFilter(now).map(filter -> rcas.open(caller, filter)).orElse(List.of());
    boolean moreRcas = owed.size() > BoardQuery.RCAS_SHOWN;
    return new BoardView(
        query,
        rows,
        rcaRows(moreRcas ? owed.subList(0, BoardQuery.RCAS_SHOWN) : owed, names, now, zone, labels),
        moreRcas,
        hasNext,
        breachesThisMonth(caller, now, zone, names),
        visible,
        overdueReviews(visible, now),
        Formats.instant(now, zone));
  }

  /** The rows of the RCAs owed, their tickets named by one query. */
  private List<BoardRcaRow> rcaRows(
      List<OpenRca> owed, Map<String, String> names, Instant now, ZoneId zone, Labels labels) {
    Map<String, TicketName> named =
        tickets.ofAll(owed.stream().flatMap(o -> o.rca().tickets().stream()).distinct().toList());
    return owed.stream()
        .map(
            o ->
                BoardRcaRow.of(
                    o,
                    o.rca().tickets().stream()
                        .map(
                            t ->
                                named.get(t) == null || named.get(t).externalId() == null
                                    ? t
                                    : named.get(t).externalId())
                        .toList(),
                    names.getOrDefault(o.rca().customerId(), o.rca().customerId()),
                    now,
                    zone,
                    labels))
        .toList();
  }

  /** The visible customers whose next review's day has passed (each on its own calendar day). */
  private List<BoardView.OverdueReview> overdueReviews(List<Customer> visible, Instant now) {
    return visible.stream()
        .flatMap(
            c -> {
              LocalDate today = LocalDate.ofInstant(now, c.timeZone());
              return reviews
                  .next(c.id(), today)
                  .filter(next -> next.overdueOn(today))
                  .map(
                      next -> new BoardView.OverdueReview(c.id(), c.name(), next.date().toString()))
                  .stream();
            })
        .sorted(Comparator.comparing(BoardView.OverdueReview::since))
        .toList();
  }

  private List<BoardView.CustomerBreaches> breachesThisMonth(
      Caller caller, Instant now, ZoneId zone, Map<String, String> names) {
    LocalDate first = LocalDate.ofInstant(now, zone).withDayOfMonth(1);
    Instant from = first.atStartOfDay(zone).toInstant();
    Instant until = first.plusMonths(1).atStartOfDay(zone).toInstant();
    return clocks.breachesPerCustomer(caller, from, until).entrySet().stream()
        .map(
            e ->
                new BoardView.CustomerBreaches(
                    names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingLong(BoardView.CustomerBreaches::count)
                .reversed()
                .thenComparing(BoardView.CustomerBreaches::customer))
        .toList();
  }
}
