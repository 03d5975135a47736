package org.accordo.app.statements;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accordo.app.outages.OutagesChanged;
import org.accordo.app.tickets.TicketsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens, in the transaction of each change, for late changes to what closed months were computed
 * from: events appended (and tickets opened) by the tickets module, outages recorded, closed or
 * reclassified by the outages module. A change reaching back before a planned month's end marks
 * that month (and every later one: their summaries compare with the months before) to be computed
 * again; one statement per customer, whatever the size of the change, and nothing at all for the
 * changes of today, which reach back to no closed month.
 */
@Component
class StatementRechecks {

  private final CloseRepository closes;
  private final Clock clock;

  StatementRechecks(CloseRepository closes, Clock clock) {
    this.closes = closes;
    this.clock = clock;
  }

  @EventListener
  void ticketsChanged(TicketsChanged changed) {
    Map<String, TicketsChanged.Change> earliest = new LinkedHashMap<>();
    for (TicketsChanged.Change change : changed.changes()) {
      earliest.merge(
          change.customerId(), change, (a, b) -> a.reachesBack().isAfter(b.reachesBack()) ? b : a);
    }
    Instant now = clock.instant();
    earliest.forEach(
        (customer, change) ->
            closes.markRechecks(
                customer, change.reachesBack(), "a late event: " + change.what(), now));
  }

  @EventListener
  void outagesChanged(OutagesChanged changed) {
    closes.markRechecks(
        changed.customerId(), changed.reachesBack(), changed.what(), clock.instant());
  }
}
