package org.accordo.core.simulation;

import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * A clock whose breach appears or disappears under the proposed contract: met (or not counted)
 * under the current one and breached under the proposed one, or the reverse. Clocks are matched by
 * ticket, metric and cycle number.
 *
 * @param ticket the ticket's id
 * @param metric the clock's metric
 * @param cycle the cycle's number, from 1
 * @param current the clock under the current contract
 * @param proposed the clock under the proposed contract
 */
public record ClockChange(
    String ticket, Metric metric, int cycle, ClockSide current, ClockSide proposed) {

  /** Which way the outcome changed. */
  public enum Kind {
    /** Not breached under the current contract, breached under the proposed one. */
    NEWLY_BREACHED("newly_breached"),
    /** Breached under the current contract, not under the proposed one. */
    NO_LONGER_BREACHED("no_longer_breached");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The id written in results, e.g. {@code newly_breached}. */
    public String id() {
      return id;
    }
  }

  public ClockChange {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
    if ((current.outcome() == Outcome.BREACHED) == (proposed.outcome() == Outcome.BREACHED)) {
      throw new IllegalArgumentException(
          "a change breaches under exactly one contract: ticket " + ticket + " " + metric);
    }
  }

  /** Which way it changed. */
  public Kind kind() {
    return proposed.outcome() == Outcome.BREACHED ? Kind.NEWLY_BREACHED : Kind.NO_LONGER_BREACHED;
  }
}
