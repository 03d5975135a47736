package org.accordo.app.reports;

import java.util.ArrayList;
import java.util.List;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Fact;
import org.accordo.app.render.Block.Facts;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractHeader;
import org.accordo.core.contract.Priority;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.MetricTrend;
import org.accordo.core.report.MonthCompliance;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketCount;

/**
 * The report's first page: who and which month, then the month at a glance (tickets per priority,
 * each metric against the months before, availability with the budget left, the credits owed),
 * ending with a page break so the details start on a page of their own.
 */
final class SummaryPage {

  private final Contract contract;
  private final PeriodReport report;
  private final StatementMark mark;
  private final Wording w;

  SummaryPage(Contract contract, PeriodReport report, StatementMark mark, Wording wording) {
    this.contract = contract;
    this.report = report;
    this.mark = mark;
    this.w = wording;
  }

  List<Block> blocks() {
    List<Block> blocks = new ArrayList<>(header());
    blocks.add(new Heading(2, w.l("report.summary")));
    blocks.addAll(tickets());
    blocks.addAll(trend());
    blocks.addAll(availability());
    blocks.addAll(credits());
    blocks.add(new Block.PageBreak());
    return blocks;
  }

  /** The report's title: the month in the language's words. */
  String title() {
    return w.l("report.heading", w.l("report.title"), w.month(report.period().month()));
  }

  private List<Block> header() {
    ContractHeader h = contract.header();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, title()));
    blocks.add(
        new Facts(
            List.of(
                new Fact(
                    w.l("report.contract"),
                    w.l("report.contract.value", h.title(), h.id(), String.valueOf(h.version()))),
                new Fact(w.l("document.provider"), h.provider().name()),
                new Fact(w.l("document.customer"), h.customer().name()),
                new Fact(
                    w.l("report.period"),
                    w.l(
                        "report.period.value",
                        w.exact(report.period().startInclusive()),
                        w.exact(report.period().endExclusive()))),
                new Fact(w.l("report.times"), w.zone().getId()),
                new Fact(w.l("report.as_of"), w.exact(report.asOf())),
                new Fact(w.l("report.statement"), standing()))));
    if (mark.status() == StatementStatus.PROVISIONAL) {
      blocks.add(new Paragraph(provisional()));
    }
    mark.reason().ifPresent(reason -> blocks.add(new Paragraph(w.l("report.amended", reason))));
    mark.reviewOverdueSince()
        .ifPresent(
            since -> blocks.add(new Paragraph(w.l("report.review.overdue", since.toString()))));
    return blocks;
  }

  /** {@code final, version 1}, {@code amended, version 2} or {@code provisional}. */
  private String standing() {
    String status = w.l("report.status." + mark.status().id());
    return mark.version()
        .map(version -> w.l("report.status.version", status, String.valueOf(version)))
        .orElse(status);
  }

  /**
   * Why every figure is provisional: the month is not over, or it is over and late events may still
   * arrive until the statement is closed.
   */
  String provisional() {
    return mark.closesAt()
        .filter(closes -> report.closed())
        .map(closes -> w.l("report.provisional.grace", w.exact(closes)))
        .orElse(w.l("report.provisional"));
  }

  private List<Block> tickets() {
    List<List<String>> rows = new ArrayList<>();
    for (TicketCount count : report.summary().tickets()) {
      rows.add(
          List.of(
              priority(count.priority()),
              Integer.toString(count.opened()),
              Integer.toString(count.resolved()),
              Integer.toString(count.openAtEnd()),
              Integer.toString(count.breached())));
    }
    if (rows.isEmpty()) {
      return List.of(new Heading(3, w.l("report.tickets")), new Paragraph(w.l("report.none")));
    }
    return List.of(
        new Heading(3, w.l("report.tickets")),
        new Table(
            List.of(
                w.l("report.priority"),
                w.l("report.tickets.opened"),
                w.l("report.tickets.resolved"),
                w.l("report.tickets.open_at_end"),
                w.l("report.tickets.breached")),
            rows,
            List.of(1, 2, 3, 4)),
        new Paragraph(w.l("report.tickets.note")));
  }

  /** {@code P1 (Critical)}: the contract's own name of the priority. */
  private String priority(String id) {
    return contract.priorities().stream()
        .filter(p -> p.id().equals(id))
        .map(Priority::name)
        .findFirst()
        .map(name -> id + " (" + name + ")")
        .orElse(id);
  }

  private List<Block> trend() {
    List<MetricTrend> trend = report.summary().trend();
    if (trend.isEmpty()) {
      return List.of();
    }
    List<String> headers = new ArrayList<>();
    headers.add(w.l("report.metric"));
    trend.get(0).months().forEach(m -> headers.add(w.month(m.month())));
    List<List<String>> rows = new ArrayList<>();
    for (MetricTrend metric : trend) {
      List<String> row = new ArrayList<>();
      row.add(w.metric(metric.metric()));
      metric.months().forEach(m -> row.add(share(m)));
      rows.add(row);
    }
    List<Integer> numeric = new ArrayList<>();
    for (int i = 1; i < headers.size(); i++) {
      numeric.add(i);
    }
    return List.of(new Heading(3, w.l("report.trend")), new Table(headers, rows, numeric));
  }

  /** {@code 95.0% (19 of 20)}, or that no ticket was measured: never a 0% nobody earned. */
  private String share(MonthCompliance month) {
    return month
        .shareMet()
        .map(
            share ->
                w.l(
                    "report.trend.share",
                    w.percent(share, 1),
                    String.valueOf(month.met()),
                    String.valueOf(month.met() + month.breached())))
        .orElse(w.l("report.no_tickets"));
  }

  private List<Block> availability() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(3, w.l("report.summary.availability")));
    if (report.availability().isEmpty()) {
      blocks.add(new Paragraph(w.l("report.no_availability")));
      return blocks;
    }
    List<List<String>> rows = new ArrayList<>();
    for (AvailabilityRow row : report.availability()) {
      ServiceAvailability a = row.result();
      rows.add(
          List.of(
              a.service(),
              w.share(a.target()),
              w.percent(a.availability(), 4),
              w.duration(a.downtime()),
              budgetLeft(a)));
    }
    blocks.add(
        new Table(
            List.of(
                w.l("report.service"),
                w.l("report.target"),
                w.l("report.availability"),
                w.l("report.downtime"),
                w.l("report.budget_left")),
            rows,
            List.of(1, 2, 3, 4)));
    return blocks;
  }

  /** The month's budget left, or by how much it was overspent. */
  String budgetLeft(ServiceAvailability a) {
    return a.month().left().isNegative()
        ? w.l("report.budget.overspent", w.duration(a.month().left().negated()))
        : w.duration(a.month().left());
  }

  private List<Block> credits() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(3, w.l("report.summary.credits")));
    if (report.credits().isEmpty()) {
      blocks.add(new Paragraph(w.l("report.no_credit_terms")));
      return blocks;
    }
    CreditStatement credits = report.credits().get();
    if (credits.total().amount().signum() == 0) {
      blocks.add(new Paragraph(w.l("report.summary.credits.none")));
      return blocks;
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(w.l("report.total"), w.money(credits.total())));
    credits.claimBy().ifPresent(c -> facts.add(new Fact(w.l("report.claim_by"), w.exact(c))));
    credits.appliedAs().ifPresent(a -> facts.add(new Fact(w.l("report.applied_as"), a)));
    blocks.add(new Facts(facts));
    return blocks;
  }
}
