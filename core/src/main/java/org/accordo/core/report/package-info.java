/**
 * Closing a period (SLA semantics §5): compliance per SLA, metric and priority from the clocks that
 * stopped in the period, breaches with their timelines, clocks still open, cancelled and excluded
 * clocks listed apart, availability per service, and the credits owed. {@link
 * org.accordo.core.report.PeriodClose} is a pure function of its {@link
 * org.accordo.core.report.PeriodInput}; renderers print the {@link
 * org.accordo.core.report.PeriodReport} it returns.
 */
package org.accordo.core.report;
