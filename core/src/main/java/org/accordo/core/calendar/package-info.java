/**
 * Business calendars and exact business-time arithmetic (SLA-SEMANTICS section 1).
 *
 * <p>A {@link org.accordo.core.calendar.BusinessCalendar} is an immutable value: a time zone,
 * weekly {@link org.accordo.core.calendar.OpeningHours}, closed days (a {@link
 * org.accordo.core.calendar.HolidayRegion} of jollyday plus listed dates) and exception days with
 * their own hours. Its open time is a union of half-open instant intervals; {@code add} and {@code
 * elapsed} work on instants at millisecond precision, so DST changes cost exactly the real time
 * they add or remove. {@link org.accordo.core.calendar.CalendarYaml} reads the YAML shape of a
 * contract's {@code calendars:} entries.
 */
package org.accordo.core.calendar;
