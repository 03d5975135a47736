package org.accordo.app.reviews;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What the review meeting reads, gathered from the modules that own each number: the months'
 * statements (compliance per metric and priority with its trend, breaches, availability and the
 * downtime budget, credits), the customer's root cause analyses and their actions, the linter's
 * findings on the contract in force and, with a proposed contract, the simulator's comparison.
 *
 * @param months the months of the pack that have a statement, oldest first
 * @param contractVersion the version in force on the last month's last day, or null
 * @param nextReview the next review's date, or null
 * @param overdue whether the next review's date has passed
 * @param whatIf the proposed contract's effect, or null without one
 */
public record ReviewPack(
    String customerId,
    String customerName,
    String zone,
    YearMonth from,
    YearMonth to,
    Instant asOf,
    List<YearMonth> months,
    Integer contractVersion,
    LocalDate nextReview,
    boolean overdue,
    List<Compliance> compliance,
    List<Breaches> breaches,
    List<Downtime> downtimeByCause,
    List<Availability> availability,
    List<Credits> credits,
    List<RcaLine> rcas,
    List<Lint> findings,
    WhatIf whatIf) {

  public ReviewPack {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    months = List.copyOf(months);
    compliance = List.copyOf(compliance);
    breaches = List.copyOf(breaches);
    downtimeByCause = List.copyOf(downtimeByCause);
    availability = List.copyOf(availability);
    credits = List.copyOf(credits);
    rcas = List.copyOf(rcas);
    findings = List.copyOf(findings);
  }

  /**
   * One metric and priority of an SLA, its share of clocks met per month.
   *
   * @param shares per month of {@link ReviewPack#months}, the share met (0 to 1), null when no
   *     clock stopped in it
   * @param trend the last share minus the first, in percentage points, or null with fewer than two
   */
  public record Compliance(
      String sla,
      String metric,
      String priority,
      int met,
      int breached,
      List<BigDecimal> shares,
      BigDecimal trend) {
    public Compliance {
      shares = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(shares));
    }
  }

  /** The breaches of the pack's months of one metric and priority. */
  public record Breaches(String metric, String priority, int count) {}

  /** The outages counted as downtime in the pack's months, by cause. */
  public record Downtime(String cause, int outages) {}

  /**
   * A service's availability in one month and the share of its downtime budget used.
   *
   * @param budgetUsed downtime over budget (1 is all of it), or null without a budget
   */
  public record Availability(
      YearMonth month,
      String service,
      BigDecimal availability,
      BigDecimal downtimeSeconds,
      BigDecimal budgetSeconds,
      BigDecimal budgetUsed) {}

  /**
   * The credits of a month's statement.
   *
   * @param total a decimal string with the currency's scale ({@code "48.00"})
   * @param appliedAs the invoice they were applied as, or null while not applied
   */
  public record Credits(YearMonth month, String currency, String total, String appliedAs) {}

  /** A root cause analysis and the state of its actions. */
  public record RcaLine(
      String id,
      String state,
      String priority,
      Instant openedAt,
      Instant dueAt,
      Instant deliveredAt,
      boolean late,
      String summary,
      int actions,
      int actionsDone) {}

  /** A lint finding on the contract in force. */
  public record Lint(String severity, String rule, int line, String message) {}

  /** The proposed contract against the one in force over the pack's months. */
  public record WhatIf(Side current, Side proposed) {

    /**
     * @param compliance the share of clocks met (0 to 1), or null without clocks
     * @param credits the credits owed, a decimal string, or null without a credit schedule
     */
    public record Side(int met, int breached, BigDecimal compliance, String credits) {}
  }
}
