package org.accordo.core.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Day keys of calendar YAML: {@code mon}..{@code sun}, ranges {@code mon-fri}, lists {@code
 * mon-wed, fri}.
 */
final class WeekDays {

  private static final List<String> NAMES =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private WeekDays() {}

  /**
   * The days a key names, in order, or empty when it is not a day key (a range must not wrap past
   * Sunday).
   */
  static Optional<List<DayOfWeek>> parse(String key) {
    List<DayOfWeek> days = new ArrayList<>();
    for (String part : key.split(",", -1)) {
      String[] ends = part.strip().toLowerCase(Locale.ROOT).split("\\s*-\\s*", -1);
      if (ends.length > 2) {
        return Optional.empty();
      }
      int first = NAMES.indexOf(ends[0]);
      int last = NAMES.indexOf(ends[ends.length - 1]);
      if (first < 0 || last < first) {
        return Optional.empty();
      }
      for (int i = first; i <= last; i++) {
        days.add(DayOfWeek.of(i + 1));
      }
    }
    return Optional.of(days);
  }

  /** {@code mon} for Monday. */
  static String name(DayOfWeek day) {
    return NAMES.get(day.getValue() - 1);
  }
}
