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
    TemporalAccessor parsed = parse(text.strip());
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return new Read(OffsetDateTime.from(parsed).toInstant(), Placement.EXACT);
    }
    return place(LocalDateTime.from(parsed), text);
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
