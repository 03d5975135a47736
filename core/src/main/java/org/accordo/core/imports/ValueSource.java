package org.accordo.core.imports;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a value is in a row: a column, and optionally a pattern that takes it out of a longer text
 * (an audit trail's {@code Status changed from "New" to "In Progress"}), from its group {@code
 * value} or else its first group.
 *
 * @param column the column's name (CSV header) or property path (JSON Lines, {@code status.name})
 * @param pattern empty to take the whole text
 */
public record ValueSource(String column, Optional<Pattern> pattern) {

  public ValueSource {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(pattern, "pattern");
    if (column.isBlank()) {
      throw new IllegalArgumentException("a value's column must not be blank");
    }
  }

  /** The whole text of {@code column}. */
  public static ValueSource of(String column) {
    return new ValueSource(column, Optional.empty());
  }

  /** The value in {@code text}: all of it, or what the pattern finds; empty when it finds none. */
  public Optional<String> extract(String text) {
    if (pattern.isEmpty()) {
      return Optional.of(text);
    }
    Matcher m = pattern.get().matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String found;
    try {
      found = m.group("value");
    } catch (IllegalArgumentException noNamedGroup) {
      found = m.groupCount() > 0 ? m.group(1) : m.group();
    }
    return found == null || found.isBlank() ? Optional.empty() : Optional.of(found.strip());
  }
}
