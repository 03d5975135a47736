package org.accordo.core.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recurring weekly window in which announced maintenance does not count as downtime, in its own
 * time zone. On each listed weekday {@code D} the window is {@code [at(D, start), at(E, end))},
 * where {@code E} is {@code D} when {@code end} is after {@code start} and the next day otherwise
 * (so {@code 22:00-02:00} crosses midnight and {@code 00:00-24:00}, stored as {@code 00:00-00:00},
 * is the whole day). {@code at} follows SLA semantics §1: a local time in a DST gap moves later by
 * the gap, one in an overlap takes the earlier offset.
 *
 * @param days the weekdays on which the window opens, at least one
 * @param start the local opening time
 * @param end the local closing time; not after {@code start} means the next day
 * @param zone the zone in which {@code start} and {@code end} are read
 */
public record MaintenanceWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {

  public MaintenanceWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a maintenance window needs at least one day");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  /**
   * The window's occurrences that share at least one instant with {@code range}, in time order, not
   * clipped to it.
   */
  public List<TimeSpan> occurrences(TimeSpan range) {
    List<TimeSpan> found = new ArrayList<>();
    LocalDate first = range.startInclusive().atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = range.endExclusive().atZone(zone).toLocalDate();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (days.contains(day.getDayOfWeek())) {
        TimeSpan occurrence = occurrenceOn(day);
        if (!occurrence.isEmpty() && occurrence.overlaps(range)) {
          found.add(occurrence);
        }
      }
    }
    return found;
  }

  private TimeSpan occurrenceOn(LocalDate day) {
    Instant opens = ZonedDateTime.of(day, start, zone).toInstant();
    LocalDate closingDay = end.isAfter(start) ? day : day.plusDays(1);
    Instant closes = ZonedDateTime.of(closingDay, end, zone).toInstant();
    return new TimeSpan(opens, closes.isBefore(opens) ? opens : closes);
  }
}
