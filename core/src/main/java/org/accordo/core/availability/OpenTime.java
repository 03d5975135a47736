package org.accordo.core.availability;

import java.util.List;

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

  /** A calendar open at every instant. */
  static OpenTime always() {
    return range -> range.isEmpty() ? List.of() : List.of(range);
  }
}
