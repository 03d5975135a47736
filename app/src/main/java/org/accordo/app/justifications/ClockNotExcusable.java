package org.accordo.app.justifications;

import org.accordo.app.refusal.Conflicting;

/**
 * Only a clock that breached, or that crossed an escalation threshold (at risk), may be excused; a
 * clock on time needs no justification.
 */
public final class ClockNotExcusable extends Conflicting {

  public ClockNotExcusable(String ticketId, String metric, int cycle, String state) {
    super(
        "the "
            + metric
            + " clock (cycle "
            + cycle
            + ") of ticket '"
            + ticketId
            + "' is "
            + state
            + " and crossed no escalation threshold: only a breached or at-risk clock is excused");
  }
}
