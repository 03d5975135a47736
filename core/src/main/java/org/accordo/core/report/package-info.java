/**
 * Closing a period (SLA semantics §5): compliance per SLA, metric and priority from the clocks that
 * stopped in the period (a row for every target), breaches with their timelines, the clocks still
 * open at the period's end in their state then, cancelled and excluded clocks listed apart,
 * availability per service, the credits owed, and a summary of the month (tickets per priority,
 * each metric against the three months before), every ticket named by its PSA number and subject.
 * {@link org.accordo.core.report.PeriodClose} is a pure function of its {@link
 * org.accordo.core.report.PeriodInput}; renderers print the {@link
 * org.accordo.core.report.PeriodReport} it returns.
 */
package org.accordo.core.report;
