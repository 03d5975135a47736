package org.accordo.core.calendar;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.core.yaml.YamlNodes;

/**
 * One local-time interval {@code [start, end)} of a day, e.g. {@code 09:00-13:00}; {@code 24:00} is
 * allowed as an end and means the start of the next day. Times are whole seconds of the day.
 *
 * @param startSecondOfDay the opening, {@code 0 <= start < end}
 * @param endSecondOfDay the closing, {@code <= 86400} (24:00)
 */
public record OpeningHours(int startSecondOfDay, int endSecondOfDay)
    implements Comparable<OpeningHours> {

  /** Seconds in a day: the end written {@code 24:00}. */
  public static final int END_OF_DAY = 86_400;

  /** The whole day, {@code 00:00-24:00}. */
  public static final OpeningHours ALL_DAY = new OpeningHours(0, END_OF_DAY);

  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  /**
   * @throws IllegalArgumentException unless {@code 0 <= start < end <= 86400}
   */
  public OpeningHours {
    if (startSecondOfDay < 0 || endSecondOfDay > END_OF_DAY || startSecondOfDay >= endSecondOfDay) {
      throw new IllegalArgumentException(
          "opening hours must satisfy 00:00 <= start < end <= 24:00, were "
              + format(startSecondOfDay)
              + "-"
              + format(endSecondOfDay));
    }
  }

  /**
   * {@code [start, end)} of two local times; an end of {@code 00:00} is not allowed (use {@link
   * #until24}).
   */
  public static OpeningHours of(LocalTime start, LocalTime end) {
    return new OpeningHours(start.toSecondOfDay(), end.toSecondOfDay());
  }

  /** {@code [start, 24:00)}. */
  public static OpeningHours until24(LocalTime start) {
    return new OpeningHours(start.toSecondOfDay(), END_OF_DAY);
  }

  /**
   * Parses {@code HH:MM-HH:MM} (seconds optional: {@code HH:MM:SS}); the end may be {@code 24:00}.
   *
   * @throws IllegalArgumentException naming the text and the rule it breaks, e.g. {@code 25:00} or
   *     {@code 09:00-08:00}
   */
  public static OpeningHours parse(String text) {
    String[] parts = text.strip().split("\\s*-\\s*", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          YamlNodes.quote(text) + " is not a time range; write e.g. 09:00-13:00");
    }
    int start = secondOfDay(parts[0], text);
    int end = secondOfDay(parts[1], text);
    if (start == END_OF_DAY) {
      throw new IllegalArgumentException(
          YamlNodes.quote(text) + " starts at 24:00; a range must start before 24:00");
    }
    if (start >= end) {
      throw new IllegalArgumentException(
          YamlNodes.quote(text)
              + " ends before or when it starts; write start < end (24:00 ends a day)");
    }
    return new OpeningHours(start, end);
  }

  private static int secondOfDay(String time, String text) {
    Matcher m = TIME.matcher(time);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          YamlNodes.quote(text) + " has " + YamlNodes.quote(time) + ", not a time HH:MM");
    }
    int hours = Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int total = hours * 3600 + minutes * 60 + seconds;
    if (minutes > 59 || seconds > 59 || total > END_OF_DAY) {
      throw new IllegalArgumentException(
          YamlNodes.quote(text)
              + " has "
              + YamlNodes.quote(time)
              + ", not a time between 00:00 and 24:00");
    }
    return total;
  }

  /** Length in seconds of local time (real time differs on DST days). */
  public int seconds() {
    return endSecondOfDay - startSecondOfDay;
  }

  /**
   * True when the two share some local time; touching ranges ({@code 09-13}, {@code 13-18}) do not.
   */
  public boolean overlaps(OpeningHours other) {
    return startSecondOfDay < other.endSecondOfDay && other.startSecondOfDay < endSecondOfDay;
  }

  @Override
  public int compareTo(OpeningHours other) {
    return Integer.compare(startSecondOfDay, other.startSecondOfDay);
  }

  /** {@code HH:MM-HH:MM}, with seconds only when not zero. */
  @Override
  public String toString() {
    return format(startSecondOfDay) + "-" + format(endSecondOfDay);
  }

  private static String format(int secondOfDay) {
    String hm = String.format("%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60);
    return secondOfDay % 60 == 0 ? hm : hm + String.format(":%02d", secondOfDay % 60);
  }
}
