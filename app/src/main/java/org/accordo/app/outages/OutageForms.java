package org.accordo.app.outages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.availability.OutageCause;

/**
 * The outages page's fields in the words a person types: instants as {@code 2026-03-02 10:30} in
 * the reader's time zone (a {@code T} between date and time also reads), causes by id. Impossible
 * dates are refused, never rolled over; a local time that does not exist (the hour skipped when
 * clocks go forward) is refused; one that happens twice (the hour repeated when they go back) is
 * the first of the two, as {@link ZonedDateTime#ofLocal} with no preferred offset decides.
 */
final class OutageForms {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private OutageForms() {}

  /**
   * @throws InvalidField naming {@code field} when the text is not such an instant
   */
  static Instant instant(String text, ZoneId zone, String field) {
    String typed = text == null ? "" : text.strip().replace('T', ' ');
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(typed, LOCAL);
    } catch (DateTimeParseException e) {
      throw new InvalidField(
          field, "'" + text + "' is not a date and time such as 2026-03-02 10:30");
    }
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      throw new InvalidField(
          field, "'" + text + "' does not exist in " + zone.getId() + " (the clocks skip it)");
    }
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  /** The instant typed, or null when the field is blank. */
  static Instant optionalInstant(String text, ZoneId zone, String field) {
    return text == null || text.isBlank() ? null : instant(text, zone, field);
  }

  /**
   * @throws InvalidField naming {@code field} when it is no cause's id
   */
  static OutageCause cause(String id, String field) {
    return Arrays.stream(OutageCause.values())
        .filter(c -> c.id().equals(id == null ? "" : id.strip()))
        .findFirst()
        .orElseThrow(() -> new InvalidField(field, "'" + id + "' is not a cause"));
  }
}
