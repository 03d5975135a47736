package org.accordo.core.contract.lint;

import java.time.Period;
import java.util.List;
import org.accordo.core.contract.Contract;

/**
 * {@code review-interval-too-long}: reviews further apart than 12 months. A period is over 12
 * months when its years and months exceed 12 months, or equal 12 with days added, or when its
 * months (at 30 days) and days exceed 366 days.
 */
final class ReviewIntervalTooLong extends ContractRule {

  ReviewIntervalTooLong() {
    super(
        "review-interval-too-long",
        Severity.WARNING,
        "The review interval (contract.review.every) is longer than 12 months.",
        "Review at least once a year: set contract.review.every to P12M or less (P6M is common).");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    return c.header()
        .review()
        .flatMap(r -> r.every())
        .filter(ReviewIntervalTooLong::overAYear)
        .map(
            every ->
                List.of(
                    at(
                        s,
                        "contract.review.every",
                        "reviews every " + every + " are more than 12 months apart")))
        .orElse(List.of());
  }

  static boolean overAYear(Period p) {
    long months = p.toTotalMonths();
    return months > 12 || (months == 12 && p.getDays() > 0) || months * 30L + p.getDays() > 366;
  }
}
