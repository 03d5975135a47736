package org.accordo.core.imports;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the timestamps of an export: ISO-8601 ({@code 2026-03-29T02:30:00}, with {@code T} or a
 * blank between date and time, seconds and fractions optional, an offset {@code Z}, {@code +01:00}
 * or {@code +0100} optional), then each of the mapping's own patterns. Dates and times are resolved
 * strictly: {@code 2026-02-30} or {@code 24:00} is refused, never rolled over. A timestamp without
 * offset is a local time of the mapping's zone; a local time that daylight saving time skips or
 * repeats follows the mapping's {@link LocalTimeRule}. Immutable and thread-safe.
 */
public final class TimestampReader {

  /** How a local time was placed on the timeline. */
  public enum Placement {
    /** It had an offset, or its local time exists once in the zone. */
    EXACT,
    /** Its local time fell in the hour daylight saving time skips: moved later by the gap. */
    SHIFTED_OUT_OF_GAP,
    /** Its local time exists twice: the earlier offset was taken. */
    EARLIER_OF_OVERLAP
  }

  /** A timestamp read: the instant and how it was placed. */
  public record Read(Instant instant, Placement placement) {
    public Read {
      Objects.requireNonNull(instant, "instant");
      Objects.requireNonNull(placement, "placement");
    }
  }

  private static final DateTimeFormatter ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  private final ZoneId zone;
  private final LocalTimeRule rule;
  private final List<DateTimeFormatter> formats;
  private final List<String> patterns;

  /**
   * @param patterns {@link DateTimeFormatter} patterns ({@code dd/MM/yyyy HH:mm}), English names
   * @throws IllegalArgumentException naming a pattern {@code java.time} cannot read
   */
  public TimestampReader(ZoneId zone, LocalTimeRule rule, List<String> patterns) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.patterns = List.copyOf(patterns);
    this.formats = new ArrayList<>();
    for (String pattern : this.patterns) {
      formats.add(format(pattern));
    }
  }

  /** The reader of a mapping's timestamps. */
  public static TimestampReader of(ImportMapping mapping) {
    return new TimestampReader(mapping.zone(), mapping.localTimes(), mapping.timestampFormats());
  }

  /**
   * A pattern as this reader uses it: case-insensitive, English month and day names, strict (a year
   * written {@code yyyy} is of the common era).
   *
   * @throws IllegalArgumentException when {@code java.time} cannot read the pattern
   */
  static DateTimeFormatter format(String pattern) {
    DateTimeFormatterBuilder builder =
        new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
    if (pattern.indexOf('y') >= 0 && pattern.indexOf('G') < 0) {
      builder.parseDefaulting(ChronoField.ERA, 1);
    }
    return builder
        .toFormatter(Locale.ENGLISH)
        .withChronology(IsoChronology.INSTANCE)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The instant {@code text} stands for.
   *
   * @throws DateTimeException whose message says why, for a person: not a timestamp of any accepted
   *     form, an impossible date or time, or a local time the rule refuses
   */
  public Read read(String text) {
    Read plain = plainIso(text);
    return plain != null ? plain : readParsed(text);
  }

  /** {@link #read} through {@code java.time}'s parser alone, without {@link #plainIso}. */
  Read readParsed(String text) {
    TemporalAccessor parsed = parse(text.strip());
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return new Read(OffsetDateTime.from(parsed).toInstant(), Placement.EXACT);
    }
    return place(LocalDateTime.from(parsed), text);
  }

  /**
   * The common ISO-8601 forms read without {@code java.time}'s parser, which an import of a million
   * rows spent a quarter of its reading in: {@code yyyy-MM-dd}, {@code T} or a blank, {@code
   * HH:mm}, optionally {@code :ss} and a fraction of 1 to 9 digits, optionally {@code Z}, {@code
   * +HH:MM} or {@code +HHMM}. Null for any other text, and for a date, time or offset that does not
   * exist: the parser then reads it, or says why it cannot, as for every other form.
   */
  Read plainIso(String text) {
    String s = text.strip();
    int n = s.length();
    if (n < 16
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || "Tt ".indexOf(s.charAt(10)) < 0
        || s.charAt(13) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    if ((year | month | day | hour | minute) < 0) {
      return null;
    }
    int at = 16;
    int second = 0;
    int nano = 0;
    if (at < n && s.charAt(at) == ':') {
      second = digits(s, at + 1, 2);
      if (second < 0) {
        return null;
      }
      at += 3;
      if (at < n && s.charAt(at) == '.') {
        int end = at + 1;
        while (end < n && end - at <= 9 && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
          end++;
        }
        int width = end - at - 1;
        if (width == 0 || width > 9) {
          return null;
        }
        nano = digits(s, at + 1, width);
        for (int i = width; i < 9; i++) {
          nano *= 10;
        }
        at = end;
      }
    }
    ZoneOffset offset = null;
    if (at < n) {
      offset = offset(s, at);
      if (offset == null) {
        return null;
      }
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
      return offset == null
          ? place(local, text)
          : new Read(local.toInstant(offset), Placement.EXACT);
    } catch (DateTimeException impossible) {
      return null; // the parser says why
    }
  }

  /** The offset {@code s} ends with from {@code at}: Z, +HH:MM or +HHMM; else null. */
  private static ZoneOffset offset(String s, int at) {
    int rest = s.length() - at;
    char sign = s.charAt(at);
    if (rest == 1 && (sign == 'Z' || sign == 'z')) {
      return ZoneOffset.UTC;
    }
    if (sign != '+' && sign != '-' || rest != 6 && rest != 5) {
      return null;
    }
    int hours = digits(s, at + 1, 2);
    int minutes = rest == 6 && s.charAt(at + 3) == ':' ? digits(s, at + 4, 2) : -1;
    if (rest == 5) {
      minutes = digits(s, at + 3, 2);
    }
    if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return null;
    }
    int seconds = hours * 3600 + minutes * 60;
    try {
      return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** The number the {@code count} ASCII digits from {@code from} write, or -1. */
  private static int digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return -1;
    }
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

  private TemporalAccessor parse(String text) {
    String impossible = null;
    for (DateTimeFormatter format : all()) {
      try {
        return format.parse(text);
      } catch (DateTimeException e) {
        String cause = String.valueOf(e.getMessage());
        if (impossible == null
            && (cause.contains("Invalid") || cause.contains("Unable to obtain"))) {
          impossible = cause; // the text has the form, but its date or time does not exist
        }
      }
    }
    if (impossible != null) {
      throw new DateTimeException(
          "'" + text + "' is not a possible date and time (" + detail(impossible) + ")");
    }
    throw new DateTimeException(
        "'"
            + text
            + "' is not a timestamp; write ISO-8601 (2026-03-02T09:30:00, with an offset or in "
            + zone.getId()
            + ")"
            + (patterns.isEmpty() ? "" : " or one of the mapping's formats " + patterns));
  }

  private List<DateTimeFormatter> all() {
    List<DateTimeFormatter> all = new ArrayList<>(formats.size() + 1);
    all.add(ISO);
    all.addAll(formats);
    return all;
  }

  private Read place(LocalDateTime local, String text) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return new Read(local.toInstant(offsets.get(0)), Placement.EXACT);
    }
    boolean gap = offsets.isEmpty();
    if (rule == LocalTimeRule.REFUSE) {
      throw new DateTimeException(
          "'"
              + text.strip()
              + "' is a local time that "
              + (gap ? "does not exist" : "exists twice")
              + " in "
              + zone.getId()
              + " (daylight saving time "
              + (gap ? "skips" : "repeats")
              + " it) and the mapping's local_times is refuse; export it with its offset");
    }
    Instant instant = ZonedDateTime.of(local, zone).toInstant();
    return new Read(instant, gap ? Placement.SHIFTED_OUT_OF_GAP : Placement.EARLIER_OF_OVERLAP);
  }

  /** The part of a java.time message worth showing: after its last colon. */
  private static String detail(String message) {
    int colon = message.lastIndexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }
}
