package org.accordo.core.report;

import java.util.List;

/**
 * What the first page of a month's report says about tickets: how many of each priority, and how
 * each metric fared against the months before.
 *
 * @param tickets one row per priority, in the contract's order
 * @param trend one row per metric the contract sets a target for (or that a clock measured), in the
 *     order metrics are declared
 */
public record MonthSummary(List<TicketCount> tickets, List<MetricTrend> trend) {

  public MonthSummary {
    tickets = List.copyOf(tickets);
    trend = List.copyOf(trend);
  }
}
