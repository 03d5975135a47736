package org.accordo.core.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * When a clock crossed, or will cross, one escalation threshold (SLA semantics §3).
 *
 * @param atFraction the threshold as a fraction of the target, e.g. 0.75
 * @param level the escalation level told at the crossing, e.g. {@code L1}
 * @param crossedAt the instant the clock's elapsed reached {@code atFraction x target}, or null if
 *     it has not crossed
 * @param expectedAt for a running, unpaused clock that has not crossed, when it will if nothing
 *     pauses it; else null
 */
public record EscalationCrossing(
    double atFraction, String level, Instant crossedAt, Instant expectedAt) {

  public EscalationCrossing {
    Objects.requireNonNull(level, "level");
    if (crossedAt != null && expectedAt != null) {
      throw new IllegalArgumentException("a threshold is either crossed or expected, not both");
    }
  }
}
