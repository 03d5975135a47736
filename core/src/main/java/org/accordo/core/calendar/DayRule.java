package org.accordo.core.calendar;

/** Which rule of a calendar decided the hours of one local date (see {@link BusinessDay}). */
public enum DayRule {
  /** The weekday's hours apply. */
  WEEKLY_HOURS,
  /** The weekday has no hours, e.g. a Saturday in an office calendar. */
  NO_WEEKLY_HOURS,
  /** A public holiday of the calendar's holiday region closes the day. */
  HOLIDAY,
  /** The date is listed as closed. */
  CLOSED_DATE,
  /** The date is an exception day with its own hours, overriding weekday and holiday. */
  EXCEPTION
}
