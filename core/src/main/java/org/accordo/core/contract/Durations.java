package org.accordo.core.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Durations written for people: {@code 43 min 12 s}, {@code 8 h 45 min 36 s}, {@code 2 d 4 h}. */
public final class Durations {

  private Durations() {}

  /**
   * {@code duration} in days, hours, minutes and seconds (with milliseconds as decimals of a
   * second), leaving out zero parts; zero is {@code 0 s}.
   *
   * @param dayUnit the unit written for days, e.g. {@code d} or {@code g}
   */
  public static String describe(Duration duration, String dayUnit) {
    List<String> parts = new ArrayList<>();
    long days = duration.toDays();
    if (days > 0) {
      parts.add(days + " " + dayUnit);
    }
    if (duration.toHoursPart() > 0) {
      parts.add(duration.toHoursPart() + " h");
    }
    if (duration.toMinutesPart() > 0) {
      parts.add(duration.toMinutesPart() + " min");
    }
    int seconds = duration.toSecondsPart();
    int millis = duration.toMillisPart();
    if (millis > 0) {
      parts.add(
          String.format(java.util.Locale.ROOT, "%d.%03d", seconds, millis).replaceAll("0+$", "")
              + " s");
    } else if (seconds > 0 || parts.isEmpty()) {
      parts.add(seconds + " s");
    }
    return String.join(" ", parts);
  }

  /**
   * {@code duration} in hours, minutes and seconds, never days: the form for business time, where
   * {@code 24 h} on an office calendar is three working days, not one.
   */
  public static String describeHours(Duration duration) {
    String rest = describe(duration.minusHours(duration.toHours()), "d");
    if (duration.toHours() == 0) {
      return rest;
    }
    return duration.toHours() + " h" + (rest.equals("0 s") ? "" : " " + rest);
  }

  /** {@link #describe(Duration, String)} with {@code d} for days. */
  public static String describe(Duration duration) {
    return describe(duration, "d");
  }
}
