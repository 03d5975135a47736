package org.accordo.core.calendar;

/**
 * {@link BusinessCalendar#nextClose} was asked of a calendar that stays open for the 10 years after
 * the instant given (e.g. {@code 24x7}), so there is no closing to report.
 */
public final class CalendarNeverCloses extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was asked and from when
   */
  public CalendarNeverCloses(String message) {
    super(message);
  }
}
