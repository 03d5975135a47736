package org.accordo.app.reviews;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's next SLA review: the later of the contract in force's {@code review.next} and the
 * next date agreed at the last review recorded.
 *
 * @param date the day it is due
 * @param source where the date comes from
 * @param owner who calls it (the contract's {@code review.owner}), or empty
 * @param every the contract's interval between reviews, or empty
 */
public record NextReview(
    LocalDate date, Source source, Optional<String> owner, Optional<Period> every) {

  /** Where the next review's date comes from. */
  public enum Source {
    CONTRACT,
    REVIEW;

    /** The API's name. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public NextReview {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(every, "every");
  }

  /** True when the date has passed on {@code today} (the review was due before it). */
  public boolean overdueOn(LocalDate today) {
    return date.isBefore(today);
  }
}
