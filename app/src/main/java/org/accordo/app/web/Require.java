package org.accordo.app.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.SupportedYears;

/**
 * Checks on request values, each failing with an {@link InvalidField} that names the field as the
 * client wrote it. Request records call these in their compact constructors.
 */
public final class Require {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private Require() {}

  /** A present value. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return value;
  }

  /**
   * Text in the client's own words, required: the {@link FreeText} rule (well-formed, one line, at
   * least one visible character, at most {@code maxLength} characters counted in code points);
   * stripped.
   */
  public static String text(String value, String field, int maxLength) {
    present(value, field);
    return FreeText.check(value, field, maxLength);
  }

  /** Like {@link #text}, but {@code null} stays {@code null}. */
  public static String optionalText(String value, String field, int maxLength) {
    return value == null ? null : FreeText.check(value, field, maxLength);
  }

  /**
   * An identifier a client chooses: 1 to 64 of {@code a-z 0-9 _ -}, starting with a letter or
   * digit.
   */
  public static String id(String value, String field) {
    present(value, field);
    if (!ID.matcher(value).matches()) {
      throw new InvalidField(
          field,
          "must be 1 to 64 characters of a-z, 0-9, '_' and '-', starting with a letter or digit");
    }
    return value;
  }

  /** An IANA time zone id such as {@code Europe/Rome}. */
  public static ZoneId zone(String value, String field) {
    String text = text(value, field, 64);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new InvalidField(
          field, "'" + text + "' is not a known time zone; write an IANA id such as Europe/Rome");
    }
  }

  /**
   * An instant written in ISO-8601 with an offset, in {@link SupportedYears}, {@code
   * 2026-03-02T09:00:00Z} or {@code 2026-03-02T10:00:00+01:00}: one without an offset would mean
   * different instants to different readers, so it is refused, as are impossible dates. Digits
   * below the millisecond are dropped: Accordo's precision is milliseconds (SLA semantics §1).
   */
  public static Instant instant(String value, String field) {
    String text = text(value, field, 64);
    Instant instant;
    try {
      instant =
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
              .toInstant()
              .truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      throw new InvalidField(
          field,
          "'" + text + "' is not an instant with an offset; write e.g. 2026-03-02T09:00:00Z");
    }
    if (!SupportedYears.contains(instant)) {
      throw new InvalidField(field, "'" + text + "' lies outside " + SupportedYears.describe());
    }
    return instant;
  }

  /**
   * A date in {@link SupportedYears} (1583 to 9999, docs/sla-semantics.md §7); {@code null} stays
   * {@code null}.
   *
   * @throws InvalidField naming {@code field} for a date outside those years
   */
  public static LocalDate supportedDate(LocalDate value, String field) {
    if (value != null && !SupportedYears.contains(value)) {
      throw new InvalidField(field, value + " lies outside " + SupportedYears.describe());
    }
    return value;
  }

  /** Like {@link #instant}, but {@code null} stays {@code null}. */
  public static Instant optionalInstant(String value, String field) {
    return value == null ? null : instant(value, field);
  }
}
