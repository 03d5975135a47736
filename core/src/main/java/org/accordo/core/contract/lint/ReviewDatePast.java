package org.accordo.core.contract.lint;

import java.util.List;
import org.accordo.core.contract.Contract;

/** {@code review-date-past}: the next review date is before the reference date. */
final class ReviewDatePast extends ContractRule {

  ReviewDatePast() {
    super(
        "review-date-past",
        Severity.WARNING,
        "The review date (contract.review.next) is in the past: the SLA has not been re-evaluated as agreed.",
        "Hold the review, then set contract.review.next to the next date.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    return c.header()
        .review()
        .filter(r -> r.next().isBefore(s.today()))
        .map(
            r ->
                List.of(
                    at(
                        s,
                        "contract.review.next",
                        "the review date "
                            + r.next()
                            + " is in the past (today is "
                            + s.today()
                            + ")")))
        .orElse(List.of());
  }
}
