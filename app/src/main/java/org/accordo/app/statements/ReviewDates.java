package org.accordo.app.statements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a statement learns whether the customer's periodic SLA review was overdue, without
 * depending on the module that keeps the reviews (that module reads the statements for its review
 * pack): it implements this. Checks no caller: it serves the server's own close.
 */
public interface ReviewDates {

  /**
   * The day the customer's review was due and still not held at {@code asOf} (reviews recorded
   * after that instant do not count), in the customer's {@code zone}; empty when it was not
   * overdue.
   */
  Optional<LocalDate> overdueSince(String customerId, Instant asOf, ZoneId zone);
}
