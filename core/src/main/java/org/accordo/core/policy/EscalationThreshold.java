package org.accordo.core.policy;

import java.util.Objects;

/**
 * A fraction of a clock's target at which an escalation level is told (SLA semantics §3).
 *
 * @param atFraction the share of the target, greater than 0; 1.0 is the breach itself
 * @param level the id of a contract escalation level, e.g. {@code L1}
 */
public record EscalationThreshold(double atFraction, String level) {

  public EscalationThreshold {
    Objects.requireNonNull(level, "level");
    if (!(atFraction > 0) || Double.isInfinite(atFraction)) {
      throw new IllegalArgumentException(
          "an escalation threshold must be a fraction > 0, was " + atFraction);
    }
  }
}
