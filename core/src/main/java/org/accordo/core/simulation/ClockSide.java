package org.accordo.core.simulation;

import java.util.Objects;
import java.util.Optional;
import org.accordo.core.clock.ClockResult;

/**
 * One clock under one contract, as the clock engine computed it: the evidence a person checks.
 *
 * @param outcome what it counts as in the period
 * @param sla the id of the SLA that measured the ticket
 * @param clock the engine's result with its timeline, empty when the contract gives no such clock
 */
public record ClockSide(Outcome outcome, String sla, Optional<ClockResult> clock) {

  public ClockSide {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(clock, "clock");
    if (outcome != Outcome.NOT_COUNTED && clock.isEmpty()) {
      throw new IllegalArgumentException("a counted clock comes with its result");
    }
  }
}
