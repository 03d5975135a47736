package org.accordo.core.availability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The availability of one service over one period (SLA semantics §5), with the evidence behind it.
 * Times are open time of the SLA's availability calendar, in milliseconds of real time.
 *
 * @param service the service's id
 * @param period the period measured
 * @param target the promised availability, a fraction
 * @param asOf the instant up to which downtime is counted: the period's end once it is over
 * @param measured {@code T}: open time of the calendar inside the whole period
 * @param measuredSoFar the part of {@code T} before {@code asOf}: all of it once the period is over
 * @param downtime {@code D}: open time covered by an outage and by no excluded outage, up to {@code
 *     asOf}
 * @param excluded open time covered by excluded outages (it stays in {@code T})
 * @param month the period's downtime budget
 * @param year the budget of the calendar year holding the period, and the downtime of that year up
 *     to {@code asOf} among the outages given
 * @param downtimeSpans the merged spans of downtime (not cut to open time), in time order
 * @param downtimeOutages the outages that contribute downtime in the period, in time order
 * @param excludedOutages the outages (or parts of announced maintenance) excluded in the period
 */
public record ServiceAvailability(
    String service,
    SlaPeriod period,
    BigDecimal target,
    Instant asOf,
    Duration measured,
    Duration measuredSoFar,
    Duration downtime,
    Duration excluded,
    DowntimeBudget month,
    DowntimeBudget year,
    List<TimeSpan> downtimeSpans,
    List<Outage> downtimeOutages,
    List<Outage> excludedOutages) {

  private static final MathContext PRECISION = MathContext.DECIMAL64;

  public ServiceAvailability {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(measuredSoFar, "measuredSoFar");
    Objects.requireNonNull(downtime, "downtime");
    Objects.requireNonNull(excluded, "excluded");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(year, "year");
    downtimeSpans = List.copyOf(downtimeSpans);
    downtimeOutages = List.copyOf(downtimeOutages);
    excludedOutages = List.copyOf(excludedOutages);
  }

  /**
   * {@code 1 - D / T} as a fraction to 16 significant digits; 1 when nothing is measured (a
   * calendar with no open time in the period promises nothing).
   */
  public BigDecimal availability() {
    if (measured.isZero()) {
      return BigDecimal.ONE;
    }
    return BigDecimal.ONE.subtract(millis(downtime).divide(millis(measured), PRECISION));
  }

  /**
   * True when the availability is strictly below {@code threshold}, decided exactly: {@code D > (1
   * - threshold) x T}. So exactly 99.9% is not below 99.9%.
   */
  public boolean isBelow(BigDecimal threshold) {
    BigDecimal allowed = BigDecimal.ONE.subtract(threshold).multiply(millis(measured));
    return millis(downtime).compareTo(allowed) > 0;
  }

  /**
   * The burn rate so far: {@code (D / elapsed part of T) / (1 - target)}; 1.0 spends the budget
   * exactly by the period's end. Empty when the target is 100% (no budget to burn); zero when no
   * measured time has elapsed yet.
   */
  public Optional<BigDecimal> burnRate() {
    BigDecimal allowedShare = BigDecimal.ONE.subtract(target);
    if (allowedShare.signum() == 0) {
      return Optional.empty();
    }
    if (measuredSoFar.isZero()) {
      return Optional.of(BigDecimal.ZERO);
    }
    BigDecimal share = millis(downtime).divide(millis(measuredSoFar), PRECISION);
    return Optional.of(share.divide(allowedShare, PRECISION));
  }

  private static BigDecimal millis(Duration d) {
    return BigDecimal.valueOf(d.toMillis());
  }
}
