package org.accordo.app.clocks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accordo.app.tickets.MeasuredTickets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code accordo clocks rebuild}: chooses every ticket's SLA again (the contract in force on its
 * opening day, latest upload first) and recomputes its clock rows from its events, one transaction
 * per ticket, so a running server keeps serving meanwhile.
 */
@Component
public class ClockRebuild {

  private static final int PAGE = 500;

  private final MeasuredTickets tickets;
  private final TicketClocks clocks;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ClockRebuild(
      MeasuredTickets tickets,
      TicketClocks clocks,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.tickets = tickets;
    this.clocks = clocks;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * What a rebuild did.
   *
   * @param tickets every ticket seen
   * @param measured the tickets an SLA measures after the rebuild
   */
  public record Outcome(int tickets, int measured) {}

  /** Rebuilds every ticket's clocks at the server clock's now. */
  public Outcome rebuildAll() {
    Instant now = clock.instant();
    int seen = 0;
    int measured = 0;
    String after = "";
    List<String> ids;
    do {
      ids = tickets.ids(after, PAGE);
      for (String id : ids) {
        Boolean hasSla = transaction.execute(status -> clocks.rebuild(id, now).isPresent());
        seen++;
        measured += Boolean.TRUE.equals(hasSla) ? 1 : 0;
        after = id;
      }
    } while (ids.size() == PAGE);
    return new Outcome(seen, measured);
  }
}
