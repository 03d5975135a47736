package org.accordo.app.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How pages write instants and durations, the same on every page: an instant in the viewer's time
 * zone with its offset ({@code 2026-03-02 10:00 +01:00}), a duration in hours and minutes ({@code
 * 27 h 05 min}, {@code 42 min}), never in days, whose length depends on the calendar.
 */
public final class Formats {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

  private Formats() {}

  /** {@code at} in {@code zone}, to the minute, with the zone's offset then. */
  public static String instant(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    return INSTANT.format(at.atZone(zone));
  }

  /**
   * The length of {@code duration} in whole hours and minutes, seconds dropped: {@code 2 h 05 min},
   * {@code 42 min}, {@code 0 min}. A negative duration is written as its length (the caller says
   * "overdue").
   */
  public static String hoursAndMinutes(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    long minutes = duration.abs().toMinutes();
    long hours = minutes / 60;
    long rest = minutes % 60;
    return hours == 0 ? rest + " min" : hours + " h " + (rest < 10 ? "0" : "") + rest + " min";
  }
}
