package org.accordo.core.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The downtime an availability target allows in a plain 30-day month and a 365-day year of
 * round-the-clock measured time, the figures printed next to each target so a reader sees what a
 * percentage means (99.9% of a 30-day month is 43 min 12 s). Real periods differ: a month's
 * measured time is the open time of the SLA's calendar in that month (SLA semantics §5).
 *
 * @param target the availability target as a fraction in {@code (0, 1]}
 * @param perMonth the downtime allowed in 30 days, to the millisecond (rounded down)
 * @param perYear the downtime allowed in 365 days, to the millisecond (rounded down)
 */
public record DowntimeAllowance(BigDecimal target, Duration perMonth, Duration perYear) {

  private static final Duration MONTH = Duration.ofDays(30);
  private static final Duration YEAR = Duration.ofDays(365);

  public DowntimeAllowance {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(perMonth, "perMonth");
    Objects.requireNonNull(perYear, "perYear");
  }

  /**
   * The allowance of {@code target}.
   *
   * @throws IllegalArgumentException if the target is not in {@code (0, 1]}
   */
  public static DowntimeAllowance of(BigDecimal target) {
    if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "an availability target must be above 0 and at most 1, was " + target);
    }
    BigDecimal share = BigDecimal.ONE.subtract(target);
    return new DowntimeAllowance(target, share(MONTH, share), share(YEAR, share));
  }

  private static Duration share(Duration period, BigDecimal share) {
    BigDecimal millis =
        BigDecimal.valueOf(period.toMillis()).multiply(share).setScale(0, RoundingMode.DOWN);
    return Duration.ofMillis(millis.longValueExact());
  }
}
