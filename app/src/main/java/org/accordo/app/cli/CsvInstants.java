package org.accordo.app.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads and writes the instants of calendar CSV at whole-second precision, fast: the common form
 * {@code 2026-01-09T16:30:00Z} (or with an offset, {@code +01:00}) is parsed by hand, anything else
 * ISO-8601 accepts goes through {@link OffsetDateTime#parse}. Written back in UTC with {@code Z}.
 */
final class CsvInstants {

  private CsvInstants() {}

  /**
   * The epoch second of an ISO-8601 instant with {@code Z} or an offset.
   *
   * @throws IllegalArgumentException naming {@code what} when it is not such an instant, or has
   *     fractions of a second
   */
  static long parseEpochSecond(String text, String what) {
    long fast = fastParse(text);
    if (fast != Long.MIN_VALUE) {
      return fast;
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(text);
      if (parsed.getNano() != 0) {
        throw new IllegalArgumentException(
            what + " '" + text + "' has fractions of a second; the CSV speaks whole seconds");
      }
      return parsed.toEpochSecond();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          what
              + " '"
              + text
              + "' is not an ISO-8601 instant such as 2026-01-09T16:30:00Z or 2026-01-09T17:30:00+01:00");
    }
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ss} then {@code Z} or {@code ±HH:MM}; {@code Long.MIN_VALUE} if not
   * that form.
   */
  private static long fastParse(String s) {
    int n = s.length();
    if ((n != 20 && n != 25)
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return Long.MIN_VALUE;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int offset = offsetSeconds(s, n);
    if ((year | month | day | hour | minute | second) < 0
        || offset == Integer.MIN_VALUE
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return Long.MIN_VALUE; // let the JDK parser report or accept it
    }
    return daysFromCivil(year, month, day) * 86_400L
        + hour * 3600L
        + minute * 60L
        + second
        - offset;
  }

  private static int offsetSeconds(String s, int n) {
    if (n == 20) {
      return s.charAt(19) == 'Z' ? 0 : Integer.MIN_VALUE;
    }
    char sign = s.charAt(19);
    int hours = digits(s, 20, 2);
    int minutes = digits(s, 23, 2);
    if ((sign != '+' && sign != '-')
        || s.charAt(22) != ':'
        || hours < 0
        || minutes < 0
        || hours > 18
        || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '+' ? seconds : -seconds;
  }

  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  private static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /** Appends {@code yyyy-MM-ddTHH:mm:ssZ}, as {@link IsoInstant} writes it, for an epoch second. */
  static void appendUtc(StringBuilder out, long epochSecond) {
    char[] text = new char[IsoInstant.MAX_LENGTH];
    out.append(text, 0, IsoInstant.format(Instant.ofEpochSecond(epochSecond), text));
  }
}
