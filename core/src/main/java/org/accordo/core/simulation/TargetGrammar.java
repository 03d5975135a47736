package org.accordo.core.simulation;

import java.time.Duration;

/**
 * Writes a target in the contracts' short duration grammar ({@code 30m}, {@code 4h}, {@code 1h30m},
 * {@code 5h23m17s}), as a contract author would type it. Hours, minutes and seconds only, never
 * days: on a business calendar {@code d} is 24 hours of open time, not a working day, which the
 * linter warns about ({@code days-on-business-calendar}); {@code 26h} says what it means.
 */
public final class TargetGrammar {

  private TargetGrammar() {}

  /**
   * @param target a positive duration of whole seconds
   * @return the shortest spelling: zero parts left out, e.g. {@code 6h}, {@code 45m}, {@code 2h5s}
   * @throws IllegalArgumentException if the target is not positive or has a part below the second
   */
  public static String write(Duration target) {
    if (target.isNegative() || target.isZero() || target.toMillisPart() != 0) {
      throw new IllegalArgumentException(
          "a target is a positive number of whole seconds, was " + target);
    }
    StringBuilder text = new StringBuilder();
    long hours = target.toHours();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (target.toMinutesPart() > 0) {
      text.append(target.toMinutesPart()).append('m');
    }
    if (target.toSecondsPart() > 0) {
      text.append(target.toSecondsPart()).append('s');
    }
    return text.toString();
  }
}
