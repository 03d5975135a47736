package org.accordo.core.report;

import java.util.Objects;

/**
 * The tickets of one priority in a period, each under its priority at the period's end.
 *
 * @param priority the priority
 * @param opened tickets created in the period
 * @param resolved tickets resolved (or closed) in the period and still so at its end
 * @param openAtEnd tickets neither resolved nor cancelled at the period's end
 * @param breached tickets with at least one clock that stopped breached in the period
 */
public record TicketCount(String priority, int opened, int resolved, int openAtEnd, int breached) {

  public TicketCount {
    Objects.requireNonNull(priority, "priority");
    if (opened < 0 || resolved < 0 || openAtEnd < 0 || breached < 0) {
      throw new IllegalArgumentException("ticket counts cannot be negative, priority " + priority);
    }
  }
}
