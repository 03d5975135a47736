package org.accordo.app.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder of a customer's review, one per review date and lead time.
 *
 * @param leadDays how many days before the review it is sent
 * @param dueAt the start of that day in the customer's zone
 */
record Reminder(String customerId, LocalDate reviewDate, int leadDays, Instant dueAt) {

  /** How a claimed reminder is settled. */
  enum Outcome {
    SENT,
    SKIPPED;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  Reminder {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reviewDate, "reviewDate");
    Objects.requireNonNull(dueAt, "dueAt");
    if (leadDays < 1) {
      throw new IllegalArgumentException("a reminder is sent >= 1 day ahead, was " + leadDays);
    }
  }
}
