package org.accordo.app.tickets;

import java.time.Instant;

/**
 * What the ticket list filters on of a ticket's clocks, kept on the ticket row by whoever measures
 * it (through {@link TicketMeasurement#changed} and {@link MeasuredTickets#summarised}), so that
 * the list reads no other module's table.
 *
 * @param nextDueAt the earliest due instant of its running clocks, or null when none runs
 * @param breached whether one of its clocks is breached
 */
public record ClockSummary(Instant nextDueAt, boolean breached) {

  /** A ticket without clocks. */
  public static final ClockSummary NONE = new ClockSummary(null, false);
}
