package org.accordo.app.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.availability.TimeSpan;

/**
 * What the monitors of a service measured over a window: the time their checks covered, the part of
 * it inside outages, and the time no check covered, which is neither up nor down.
 *
 * @param window the window, {@code [from, to)}
 * @param covered the time some check of the service covered
 * @param down the covered time inside an outage of the service
 * @param uncovered the rest of the window
 * @param gaps the uncovered spans, in time order
 */
record Measured(
    TimeSpan window, Duration covered, Duration down, Duration uncovered, List<TimeSpan> gaps) {

  Measured {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(covered, "covered");
    Objects.requireNonNull(down, "down");
    Objects.requireNonNull(uncovered, "uncovered");
    gaps = List.copyOf(gaps);
  }

  /** Measures a window from the service's coverage and outage spans (any order, overlapping). */
  static Measured of(TimeSpan window, List<TimeSpan> coverage, List<TimeSpan> outages) {
    List<TimeSpan> covered = Spans.union(coverage, window);
    List<TimeSpan> down = Spans.union(outages, window);
    Duration coveredTime = Spans.total(covered);
    return new Measured(
        window,
        coveredTime,
        Spans.overlap(covered, down),
        window.length().minus(coveredTime),
        Spans.gaps(covered, window));
  }

  /** {@code 1 - down / covered}, to 6 decimals; empty when nothing was covered. */
  Optional<BigDecimal> uptime() {
    if (covered.isZero()) {
      return Optional.empty();
    }
    BigDecimal ratio =
        BigDecimal.valueOf(down.toMillis())
            .divide(BigDecimal.valueOf(covered.toMillis()), MathContext.DECIMAL64);
    return Optional.of(BigDecimal.ONE.subtract(ratio).setScale(6, RoundingMode.HALF_EVEN));
  }
}
