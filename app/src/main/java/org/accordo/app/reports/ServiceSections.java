package org.accordo.app.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accordo.app.render.Block.Fact;
import org.accordo.app.render.Block.Facts;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.credit.CreditLine;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.ComplianceRow;
import org.accordo.core.report.PeriodReport;

/**
 * The report's sections on what was measured against the contract: availability with its budgets
 * and outages, compliance per metric and priority, and the credits owed.
 */
final class ServiceSections {

  private final PeriodReport report;
  private final StatementMark mark;
  private final Wording w;
  private final SummaryPage summary;

  ServiceSections(PeriodReport report, StatementMark mark, Wording wording, SummaryPage summary) {
    this.report = report;
    this.mark = mark;
    this.w = wording;
    this.summary = summary;
  }

  List<Part> availability(Charts charts) {
    Parts parts = new Parts(w.l("report.availability"));
    if (report.availability().isEmpty()) {
      return parts.add(new Paragraph(w.l("report.no_availability"))).done();
    }
    if (charts == Charts.DRAWN) {
      parts.chart(ReportCharts.availability(report, w), w.l("report.chart.availability"));
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> budgets = new ArrayList<>();
    List<List<String>> years = new ArrayList<>();
    for (AvailabilityRow row : report.availability()) {
      ServiceAvailability a = row.result();
      rows.add(
          List.of(
              a.service(),
              w.share(a.target()),
              w.percent(a.availability(), 4),
              w.duration(a.measured()),
              w.duration(a.downtime()),
              w.duration(a.excluded())));
      budgets.add(
          List.of(
              a.service(),
              w.duration(a.month().allowed()),
              summary.budgetLeft(a),
              a.burnRate().map(r -> w.decimal(r, 2)).orElse(w.l("value.none"))));
      years.add(
          List.of(
              a.service(),
              w.duration(a.year().allowed()),
              w.duration(a.year().used()),
              a.year().left().isNegative()
                  ? w.l("report.budget.overspent", w.duration(a.year().left().negated()))
                  : w.duration(a.year().left())));
    }
    parts.add(
        new Table(
            List.of(
                w.l("report.service"),
                w.l("report.target"),
                w.l("report.availability"),
                w.l("report.measured"),
                w.l("report.downtime"),
                w.l("report.excluded")),
            rows,
            List.of(1, 2, 3, 4, 5)));
    parts.add(
        new Table(
            List.of(
                w.l("report.service"),
                w.l("report.budget"),
                w.l("report.budget_left"),
                w.l("report.burn_rate")),
            budgets,
            List.of(1, 2, 3)));
    parts.add(
        new Table(
            List.of(
                w.l("report.service"),
                w.l("report.year_budget"),
                w.l("report.year_downtime"),
                w.l("report.budget_left")),
            years,
            List.of(1, 2, 3)));
    new RecordSections(report, w).coverage(parts);
    report.availability().forEach(row -> outages(parts, row.result()));
    return parts.done();
  }

  /** The outages behind a service's downtime and exclusions, in time order. */
  private void outages(Parts parts, ServiceAvailability a) {
    List<Outage> outages = new ArrayList<>(a.downtimeOutages());
    a.excludedOutages().stream().filter(o -> !outages.contains(o)).forEach(outages::add);
    if (outages.isEmpty()) {
      return;
    }
    outages.sort(Comparator.comparing(Outage::from));
    parts.add(new Heading(3, w.l("report.outages", a.service())));
    parts.add(
        new Table(
            List.of(
                w.l("report.timeline.from"),
                w.l("report.timeline.to"),
                w.l("report.cause"),
                w.l("report.note")),
            outages.stream()
                .map(o -> List.of(w.at(o.from()), w.at(o.to()), w.cause(o.cause()), o.note()))
                .toList(),
            List.of(),
            List.of(17, 17, 18, 48)));
  }

  List<Part> compliance(Charts charts) {
    Parts parts = new Parts(w.l("report.compliance"));
    if (report.compliance().isEmpty()) {
      return parts.add(new Paragraph(w.l("report.none"))).done();
    }
    if (charts == Charts.DRAWN
        && report.compliance().stream().anyMatch(r -> r.met() + r.breached() > 0)) {
      parts.chart(ReportCharts.compliance(report, w), w.l("report.chart.compliance"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (ComplianceRow row : report.compliance()) {
      rows.add(
          List.of(
              row.sla(),
              w.metric(row.metric()),
              row.priority(),
              Integer.toString(row.met()),
              Integer.toString(row.breached()),
              row.shareMet().map(s -> w.percent(s, 1)).orElse(w.l("report.no_tickets"))));
    }
    parts.add(
        new Table(
            List.of(
                w.l("report.sla"),
                w.l("report.metric"),
                w.l("report.priority"),
                w.l("report.met"),
                w.l("report.breached"),
                w.l("report.share_met")),
            rows,
            List.of(3, 4, 5)));
    parts.add(new Paragraph(w.l("report.compliance.note")));
    return parts.done();
  }

  List<Part> credits() {
    Parts parts = new Parts(w.l("report.credits"));
    if (report.credits().isEmpty()) {
      return parts.add(new Paragraph(w.l("report.no_credit_terms"))).done();
    }
    CreditStatement credits = report.credits().get();
    if (mark.status() == StatementStatus.PROVISIONAL) {
      parts.add(new Paragraph(summary.provisional()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (CreditLine line : credits.lines()) {
      rows.add(
          List.of(
              w.rule(line.rule()) + line.service().map(s -> " — " + s).orElse(""),
              w.share(line.share()),
              w.money(line.amount()),
              sources(line)));
    }
    parts.add(
        rows.isEmpty()
            ? new Paragraph(w.l("report.none"))
            : new Table(
                List.of(
                    w.l("report.rule"),
                    w.l("report.percent"),
                    w.l("report.amount"),
                    w.l("report.sources")),
                rows,
                List.of(1, 2)));
    List<Fact> totals = new ArrayList<>();
    totals.add(new Fact(w.l("report.uncapped"), w.money(credits.uncapped())));
    credits.cap().ifPresent(c -> totals.add(new Fact(w.l("report.cap"), w.money(c))));
    totals.add(new Fact(w.l("report.total"), w.money(credits.total())));
    credits.claimBy().ifPresent(c -> totals.add(new Fact(w.l("report.claim_by"), w.exact(c))));
    credits.appliedAs().ifPresent(a -> totals.add(new Fact(w.l("report.applied_as"), a)));
    parts.add(new Facts(totals));
    if (credits.capped()) {
      parts.add(new Paragraph(w.l("report.capped")));
    }
    return parts.done();
  }

  /**
   * The tickets (by number: of the breached clocks, or covered by the late RCAs) or the outages (by
   * start and cause) a credit line comes from.
   */
  private String sources(CreditLine line) {
    if (!line.rcas().isEmpty()) {
      return String.join(
          ", ",
          line.rcas().stream()
              .flatMap(r -> r.tickets().stream())
              .map(t -> report.ticket(t).number())
              .toList());
    }
    if (!line.breaches().isEmpty()) {
      return String.join(
          ", ", line.breaches().stream().map(b -> report.ticket(b.ticket()).number()).toList());
    }
    return String.join(
        "; ",
        line.outages().stream()
            .map(o -> w.at(o.from()) + " (" + w.cause(o.cause()) + ")")
            .toList());
  }
}
