package org.accordo.core.report;

import java.util.List;

/**
 * What the ticket sections of a period's report are computed from.
 *
 * @param priorities the contract's priorities, in its order (the rows of the summary)
 * @param targets every target the contract's SLAs set (a compliance row each, clocks or not)
 * @param tickets one fact per ticket created before the period's end, as of the end (or of the
 *     report's instant when earlier)
 * @param clocks the clocks of every ticket as of the report's instant, of any period (each is
 *     placed by when it stopped)
 * @param clocksAtEnd the clocks of (at least) every ticket that had a clock open at the period's
 *     end, as of the end: folded from the events dated before it. When the report's instant is
 *     before the end, the clocks as of that instant. The report's list of open clocks comes from
 *     here, so it shows their state at the end and not as of a later day.
 */
public record TicketInput(
    List<String> priorities,
    List<SlaTarget> targets,
    List<TicketFact> tickets,
    List<ClockFact> clocks,
    List<ClockFact> clocksAtEnd) {

  public TicketInput {
    priorities = List.copyOf(priorities);
    targets = List.copyOf(targets);
    tickets = List.copyOf(tickets);
    clocks = List.copyOf(clocks);
    clocksAtEnd = List.copyOf(clocksAtEnd);
  }

  /**
   * Clocks alone, with no ticket facts, targets or priorities: the clocks as of the report's
   * instant stand for the state at the period's end too.
   */
  public static TicketInput ofClocks(List<ClockFact> clocks) {
    return new TicketInput(List.of(), List.of(), List.of(), clocks, clocks);
  }
}
