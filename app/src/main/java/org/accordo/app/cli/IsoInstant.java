package org.accordo.app.cli;

import java.time.Instant;

/**
 * Formats instants as {@code Instant.toString()} does for years 0000 to 9999 ({@code
 * 2026-02-02T09:00:00Z}, {@code 2026-02-02T09:00:00.250Z}), without the formatter machinery: the
 * CLI prints millions of them. Other years fall back to {@code toString()}.
 */
final class IsoInstant {

  static final int MAX_LENGTH = 64;
  private static final long MIN_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
  private static final long MAX_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

  private IsoInstant() {}

  /**
   * Writes {@code instant} into {@code out} (at least {@link #MAX_LENGTH} long) and returns the
   * length.
   */
  static int format(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    int nanos = instant.getNano();
    if (seconds < MIN_SECOND || seconds > MAX_SECOND || nanos % 1_000_000 != 0) {
      String text = instant.toString();
      text.getChars(0, text.length(), out, 0);
      return text.length();
    }
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    // civil date from days since 1970-01-01 (H. Hinnant's algorithm)
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long mp = (5 * dayOfYear + 2) / 153;
    int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    two(out, 0, year / 100);
    two(out, 2, year % 100);
    out[4] = '-';
    two(out, 5, month);
    out[7] = '-';
    two(out, 8, day);
    out[10] = 'T';
    two(out, 11, secondOfDay / 3600);
    out[13] = ':';
    two(out, 14, secondOfDay / 60 % 60);
    out[16] = ':';
    two(out, 17, secondOfDay % 60);
    int length = 19;
    int millis = nanos / 1_000_000;
    if (millis != 0) {
      out[19] = '.';
      out[20] = (char) ('0' + millis / 100);
      two(out, 21, millis % 100);
      length = 23;
    }
    out[length] = 'Z';
    return length + 1;
  }

  private static void two(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
  }
}
