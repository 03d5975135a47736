package org.accordo.core.imports;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a timestamp without offset means when its local time does not exist (the hour daylight
 * saving time skips) or exists twice (the hour it repeats).
 */
public enum LocalTimeRule {
  /**
   * The rule of Accordo's business calendars (SLA semantics §1, {@code ZonedDateTime.of}): a time
   * in the gap moves later by the gap's length ({@code 02:30} on the night clocks go forward is
   * {@code 03:30} of the new offset), a repeated time takes the earlier offset (the first {@code
   * 02:30}). The default.
   */
  SHIFT_GAP_EARLIER_OVERLAP("shift_gap_earlier_overlap"),
  /** Such a timestamp refuses its line, naming the column: the export must carry offsets. */
  REFUSE("refuse");

  private final String id;

  LocalTimeRule(String id) {
    this.id = id;
  }

  /** The id as written in a mapping's {@code local_times}. */
  public String id() {
    return id;
  }

  /** The rule with this id, or empty. */
  public static Optional<LocalTimeRule> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
