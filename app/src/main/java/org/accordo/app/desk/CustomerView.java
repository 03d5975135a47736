package org.accordo.app.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.customers.Customer;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.contract.ContractHeader;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.report.ComplianceRow;
import org.accordo.core.report.PeriodReport;

/**
 * What a customer's page shows: who it is, the contract in force, and this month so far (the period
 * close computed now): compliance per SLA, metric and priority, availability with the downtime
 * budget left, and the credits owed.
 *
 * @param id the customer's id
 * @param name its name
 * @param zone its home time zone
 * @param contract the contract in force, or null
 * @param month the month's label ({@code 2026-03}), or null without a contract
 * @param provisional true while the month is not over
 * @param compliance one line per SLA, metric and priority with clocks stopped this month
 * @param availability one line per availability SLA and service
 * @param credits the credits owed so far, or null when the contract has no credit terms
 * @param problem why the month could not be computed, or null
 * @param asOf the moment the numbers were computed
 */
public record CustomerView(
    String id,
    String name,
    String zone,
    ContractLine contract,
    String month,
    boolean provisional,
    List<ComplianceLine> compliance,
    List<AvailabilityLine> availability,
    String credits,
    String problem,
    String asOf) {

  /**
   * The contract in force.
   *
   * @param contractId its id
   * @param title its title
   * @param version the customer's version number
   * @param effective its effective dates
   */
  public record ContractLine(String contractId, String title, int version, String effective) {}

  /**
   * Compliance of one SLA, metric and priority this month.
   *
   * @param sla the SLA's id
   * @param metric the metric in words
   * @param priority the priority
   * @param met clocks stopped within their target
   * @param breached clocks stopped past it
   * @param share the share met ({@code 93.3 %}), or a dash with no stopped clock
   */
  public record ComplianceLine(
      String sla, String metric, String priority, int met, int breached, String share) {}

  /**
   * Availability of one service.
   *
   * @param sla the SLA's id
   * @param service the service
   * @param target the promised availability
   * @param availability the availability so far
   * @param allowed the month's downtime budget
   * @param left what is left of it
   * @param below true when the availability is below its target
   */
  public record AvailabilityLine(
      String sla,
      String service,
      String target,
      String availability,
      String allowed,
      String left,
      boolean below) {}

  public CustomerView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    compliance = List.copyOf(compliance);
    availability = List.copyOf(availability);
  }

  /**
   * The view of {@code customer} and its month's {@code standing}, for a reader in {@code zone}.
   */
  static CustomerView of(
      Customer customer, CustomerMonth.Standing standing, Instant now, ZoneId zone, Labels labels) {
    LoadedContract loaded = standing.contract();
    PeriodReport report = standing.report();
    return new CustomerView(
        customer.id(),
        customer.name(),
        customer.timeZone().getId(),
        loaded == null ? null : contract(loaded, labels),
        report == null ? null : report.period().month().toString(),
        report != null && !report.closed(),
        report == null
            ? List.of()
            : report.compliance().stream().map(row -> compliance(row, labels)).toList(),
        report == null
            ? List.of()
            : report.availability().stream()
                .map(row -> availability(row.sla(), row.result()))
                .toList(),
        report == null ? null : report.credits().map(CustomerView::money).orElse(null),
        standing.problem(),
        Formats.instant(now, zone));
  }

  static ContractLine contract(LoadedContract loaded, Labels labels) {
    ContractHeader header = loaded.contract().header();
    return new ContractLine(
        header.id(),
        header.title(),
        loaded.version(),
        labels.get(
            "page.customer.effective",
            header.effective().from().toString(),
            header
                .effective()
                .to()
                .map(Object::toString)
                .orElse(labels.get("page.customer.open.end"))));
  }

  static ComplianceLine compliance(ComplianceRow row, Labels labels) {
    return new ComplianceLine(
        row.sla(),
        labels.get("metric." + row.metric().id()),
        row.priority(),
        row.met(),
        row.breached(),
        row.shareMet().map(CustomerView::percent).orElse("–"));
  }

  static AvailabilityLine availability(String sla, ServiceAvailability a) {
    return new AvailabilityLine(
        sla,
        a.service(),
        percent(a.target()),
        percent(a.availability()),
        Formats.hoursAndMinutes(a.month().allowed()),
        Formats.hoursAndMinutes(a.month().left()),
        a.isBelow(a.target()));
  }

  /** A fraction as a percentage to three decimals at most: {@code 99.9 %}, {@code 100 %}. */
  static String percent(BigDecimal fraction) {
    BigDecimal p =
        fraction.movePointRight(2).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return p.toPlainString() + " %";
  }

  static String money(CreditStatement credits) {
    return credits.total().amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString()
        + " "
        + credits.currency();
  }
}
