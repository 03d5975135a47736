package org.accordo.core.simulation;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of the period closed under both contracts.
 *
 * @param month the month
 * @param current the month under the current contract
 * @param proposed the month under the proposed contract
 */
public record MonthComparison(YearMonth month, MonthOutcome current, MonthOutcome proposed) {

  public MonthComparison {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
  }
}
