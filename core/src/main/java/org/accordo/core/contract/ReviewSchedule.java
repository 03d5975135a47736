package org.accordo.core.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * When the SLA is re-evaluated.
 *
 * @param every the interval between reviews (e.g. {@code P6M}), or empty
 * @param next the date of the next review, never null
 * @param owner who calls the review (a role or a person), or empty
 */
public record ReviewSchedule(Optional<Period> every, LocalDate next, Optional<String> owner) {

  public ReviewSchedule {
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(owner, "owner");
  }
}
