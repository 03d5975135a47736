package org.accordo.core.availability;

import java.util.List;
import org.accordo.core.calendar.BusinessCalendar;

/**
 * The open time of an availability calendar: the time that is measured, so that only downtime
 * inside it counts. A business calendar supplies it through its open intervals; {@link #always()}
 * is the {@code 24x7} calendar.
 */
@FunctionalInterface
public interface OpenTime {

  /**
   * The calendar's open intervals that lie inside {@code range}, clipped to it, in time order and
   * disjoint.
   */
  List<TimeSpan> openIntervals(TimeSpan range);

  /** The open time of a business calendar (SLA semantics §1). */
  static OpenTime of(BusinessCalendar calendar) {
    return range ->
        calendar.openIntervals(range.startInclusive(), range.endExclusive()).stream()
            .map(i -> new TimeSpan(i.start(), i.end()))
            .toList();
  }

  /** A calendar open at every instant. */
  static OpenTime always() {
    return range -> range.isEmpty() ? List.of() : List.of(range);
  }
}
