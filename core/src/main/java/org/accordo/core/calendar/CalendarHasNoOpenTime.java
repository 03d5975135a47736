package org.accordo.core.calendar;

/**
 * A calendar has no open time where some is needed: it is never open, or it is closed for the 10
 * years after the instant an operation started from, so {@code add} or {@code nextOpen} has no
 * answer. Thrown instead of searching forever.
 */
public final class CalendarHasNoOpenTime extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was asked and from when
   */
  public CalendarHasNoOpenTime(String message) {
    super(message);
  }
}
