package org.accordo.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The local hours of one date of a calendar and the rule that set them, so a person can see why a
 * day was open or closed.
 *
 * @param date the local date in the calendar's zone
 * @param rule the rule that decided the hours
 * @param reason for a person: {@code "Saturday has no hours"}, {@code "holiday: Christmas (IT)"}
 * @param hours the local opening hours of the date, sorted; empty when closed
 */
public record BusinessDay(LocalDate date, DayRule rule, String reason, List<OpeningHours> hours) {

  public BusinessDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    hours = List.copyOf(hours);
  }

  /** True when the date has no opening hours. */
  public boolean isClosed() {
    return hours.isEmpty();
  }
}
