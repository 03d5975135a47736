package org.accordo.app.board;

import java.time.Instant;
import org.accordo.app.clocks.OpenClock;
import org.accordo.core.clock.ClockState;

/**
 * How a counting clock stands at the moment it is shown, each with its colour on the board: past
 * its due instant (or recorded as breached), past its first escalation threshold, or on time.
 */
public enum ClockStanding {
  BREACHED("breached", "page.board.state.breached"),
  WARNING("warning", "page.board.state.warning"),
  ON_TIME("ok", "page.board.state.ok");

  private final String css;
  private final String labelKey;

  ClockStanding(String css, String labelKey) {
    this.css = css;
    this.labelKey = labelKey;
  }

  /** The CSS class of its row ({@code breached}: red, {@code warning}: amber). */
  public String css() {
    return css;
  }

  /** The label saying it in words (colour is never the only sign). */
  public String labelKey() {
    return labelKey;
  }

  /** How {@code clock} stands at {@code now}. */
  static ClockStanding of(OpenClock clock, Instant now) {
    if (clock.state() == ClockState.BREACHED) {
      return BREACHED;
    }
    return of(clock.dueAt(), clock.firstThresholdAt(), now);
  }

  /**
   * How a promise due at {@code dueAt}, first escalated at {@code firstThresholdAt} (null: never),
   * stands at {@code now}.
   */
  static ClockStanding of(Instant dueAt, Instant firstThresholdAt, Instant now) {
    if (!now.isBefore(dueAt)) {
      return BREACHED;
    }
    if (firstThresholdAt != null && !now.isBefore(firstThresholdAt)) {
      return WARNING;
    }
    return ON_TIME;
  }
}
