package org.accordo.app.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.accordo.app.statements.ReviewDates;
import org.springframework.stereotype.Component;

/**
 * Tells a month's statement whether the customer's periodic review was overdue at its instant: the
 * next review as the contract in force on that day and the reviews recorded by then say (issue 17:
 * an overdue review is shown in the statement).
 */
@Component
class StatementReviewDates implements ReviewDates {

  private final Reviews reviews;

  StatementReviewDates(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public Optional<LocalDate> overdueSince(String customerId, Instant asOf, ZoneId zone) {
    LocalDate day = LocalDate.ofInstant(asOf, zone);
    return reviews
        .next(customerId, day, asOf)
        .filter(next -> next.overdueOn(day))
        .map(NextReview::date);
  }
}
