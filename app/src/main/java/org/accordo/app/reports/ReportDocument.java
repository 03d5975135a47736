package org.accordo.app.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Fact;
import org.accordo.app.render.Block.Facts;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Items;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;
import org.accordo.app.render.DocumentRenderer;
import org.accordo.app.render.HtmlWriter;
import org.accordo.app.render.MarkdownWriter;
import org.accordo.app.render.PdfRenderer;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.contract.Contract;
import org.accordo.core.credit.CreditLine;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.Money;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.ComplianceRow;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TimelineEntry;

/**
 * The period report laid out for people, in one language: the same blocks as the contract document
 * (so it looks the same), printed as HTML, PDF or Markdown, with two charts drawn as SVG in HTML
 * and PDF. Instants are shown in the contract's zone.
 */
public final class ReportDocument {

  private static final int MAX_TIMELINES = 50;

  private final Contract contract;
  private final PeriodReport report;
  private final String language;

  private ReportDocument(Contract contract, PeriodReport report, String language) {
    this.contract = contract;
    this.report = report;
    this.language = language;
  }

  /** The report as one XHTML page with its charts inline. */
  public static String html(Contract contract, PeriodReport report, String language) {
    StringBuilder body = new StringBuilder();
    for (Part part : new ReportDocument(contract, report, language).parts(true)) {
      if (part instanceof Part.Blocks b) {
        body.append(HtmlWriter.write(b.blocks()));
      } else if (part instanceof Part.Chart c) {
        body.append("<div class=\"chart\" style=\"margin: 0.6em 0;\">")
            .append(c.svg())
            .append("</div>\n");
      }
    }
    String title = Label.TITLE.in(language) + " " + report.period().month();
    String footer =
        contract.header().title()
            + " — "
            + Label.TITLE.in(language)
            + " "
            + report.period().month();
    return DocumentRenderer.page(language, title, footer, body.toString());
  }

  /** The report as a PDF, charts drawn from the same SVG. */
  public static byte[] pdf(Contract contract, PeriodReport report, String language) {
    return PdfRenderer.toPdf(html(contract, report, language));
  }

  /** The report as Markdown; charts are left out (their numbers are in the tables). */
  public static String markdown(Contract contract, PeriodReport report, String language) {
    List<Block> blocks = new ArrayList<>();
    for (Part part : new ReportDocument(contract, report, language).parts(false)) {
      if (part instanceof Part.Blocks b) {
        blocks.addAll(b.blocks());
      }
    }
    return MarkdownWriter.write(blocks);
  }

  private List<Part> parts(boolean withCharts) {
    Builder b = new Builder(report, language, report.period().zone());
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Blocks(header()));
    parts.addAll(b.summary());
    parts.addAll(b.availability(withCharts));
    parts.addAll(b.compliance(withCharts));
    parts.addAll(b.breaches());
    parts.addAll(b.open());
    parts.addAll(b.exclusions());
    parts.addAll(b.credits());
    if (!report.contents().isEmpty()) {
      parts.add(
          new Part.Blocks(
              List.of(
                  new Heading(2, Label.CONTENTS.in(language)), new Items("", report.contents()))));
    }
    return parts;
  }

  private List<Block> header() {
    var h = contract.header();
    return List.of(
        new Heading(1, Label.TITLE.in(language) + " — " + report.period().month()),
        new Facts(
            List.of(
                new Fact(
                    Label.CONTRACT.in(language),
                    h.title() + " (" + h.id() + ", v" + h.version() + ")"),
                new Fact(Label.PROVIDER.in(language), h.provider().name()),
                new Fact(Label.CUSTOMER.in(language), h.customer().name()))));
  }

  /** Collects one section's parts: blocks, with charts between them. */
  private static final class Parts {
    private final List<Part> parts = new ArrayList<>();
    private List<Block> pending = new ArrayList<>();

    Parts(String title) {
      pending.add(new Heading(2, title));
    }

    Parts add(Block block) {
      pending.add(block);
      return this;
    }

    Parts chart(String svg, String caption) {
      flush();
      parts.add(new Part.Chart(svg, caption));
      return this;
    }

    List<Part> done() {
      flush();
      return parts;
    }

    private void flush() {
      if (!pending.isEmpty()) {
        parts.add(new Part.Blocks(pending));
        pending = new ArrayList<>();
      }
    }
  }

  /** Builds the sections; one per report. */
  private record Builder(PeriodReport report, String lang, ZoneId zone) {

    private String l(Label label) {
      return label.in(lang);
    }

    /**
     * Local time in the contract's zone, to the minute: what tables show (the JSON keeps every
     * millisecond).
     */
    private String at(Instant instant) {
      return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(instant);
    }

    /** Local time with seconds and zone, for timelines and the period's bounds. */
    private String exact(Instant instant) {
      return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(zone).format(instant);
    }

    private String at(Optional<Instant> instant) {
      return instant.map(this::at).orElse("—");
    }

    private List<Part> none(Label title, Label text) {
      return new Parts(l(title)).add(new Paragraph(l(text))).done();
    }

    List<Part> summary() {
      Parts parts = new Parts(l(Label.SUMMARY));
      parts.add(
          new Facts(
              List.of(
                  new Fact(
                      l(Label.PERIOD),
                      exact(report.period().startInclusive())
                          + " – "
                          + exact(report.period().endExclusive())),
                  new Fact(l(Label.TIMES), zone.getId()),
                  new Fact(l(Label.AS_OF), exact(report.asOf())))));
      if (!report.closed()) {
        parts.add(new Paragraph(l(Label.PROVISIONAL)));
      }
      return parts.done();
    }

    List<Part> availability(boolean withCharts) {
      if (report.availability().isEmpty()) {
        return none(Label.AVAILABILITY, Label.NONE);
      }
      Parts parts = new Parts(l(Label.AVAILABILITY));
      if (withCharts) {
        parts.chart(ReportCharts.availability(report, lang), l(Label.AVAILABILITY_CHART));
      }
      List<List<String>> rows = new ArrayList<>();
      List<List<String>> budgets = new ArrayList<>();
      List<List<String>> years = new ArrayList<>();
      for (AvailabilityRow row : report.availability()) {
        ServiceAvailability a = row.result();
        rows.add(
            List.of(
                a.service(),
                Numbers.shareText(a.target()),
                Numbers.percentText(a.availability()),
                Numbers.human(a.measured()),
                Numbers.human(a.downtime()),
                Numbers.human(a.excluded())));
        budgets.add(
            List.of(
                a.service(),
                Numbers.human(a.month().allowed()),
                Numbers.human(a.month().left()),
                a.burnRate().map(r -> Numbers.fraction(r, 2).toPlainString()).orElse("—")));
        years.add(
            List.of(
                a.service(),
                Numbers.human(a.year().allowed()),
                Numbers.human(a.year().used()),
                Numbers.human(a.year().left())));
      }
      parts.add(
          new Table(
              List.of(
                  l(Label.SERVICE),
                  l(Label.TARGET),
                  l(Label.AVAILABILITY),
                  l(Label.MEASURED),
                  l(Label.DOWNTIME),
                  l(Label.EXCLUDED)),
              rows,
              List.of(1, 2, 3, 4, 5)));
      parts.add(
          new Table(
              List.of(l(Label.SERVICE), l(Label.BUDGET), l(Label.BUDGET_LEFT), l(Label.BURN_RATE)),
              budgets,
              List.of(1, 2, 3)));
      parts.add(
          new Table(
              List.of(
                  l(Label.SERVICE),
                  l(Label.YEAR_BUDGET),
                  l(Label.YEAR_DOWNTIME),
                  l(Label.BUDGET_LEFT)),
              years,
              List.of(1, 2, 3)));
      for (AvailabilityRow row : report.availability()) {
        List<Outage> outages = new ArrayList<>(row.result().downtimeOutages());
        row.result().excludedOutages().stream()
            .filter(o -> !outages.contains(o))
            .forEach(outages::add);
        if (!outages.isEmpty()) {
          outages.sort(Comparator.comparing(Outage::from));
          parts.add(new Heading(3, l(Label.OUTAGES) + " — " + row.result().service()));
          parts.add(
              new Table(
                  List.of(l(Label.FROM), l(Label.TO), l(Label.CAUSE), l(Label.NOTE)),
                  outages.stream()
                      .map(o -> List.of(exact(o.from()), exact(o.to()), o.cause().id(), o.note()))
                      .toList(),
                  List.of()));
        }
      }
      return parts.done();
    }

    List<Part> compliance(boolean withCharts) {
      if (report.compliance().isEmpty()) {
        return none(Label.COMPLIANCE, Label.NONE);
      }
      Parts parts = new Parts(l(Label.COMPLIANCE));
      if (withCharts) {
        parts.chart(ReportCharts.compliance(report, lang), l(Label.COMPLIANCE_CHART));
      }
      List<List<String>> rows = new ArrayList<>();
      for (ComplianceRow row : report.compliance()) {
        rows.add(
            List.of(
                row.sla(),
                row.metric().id(),
                row.priority(),
                Integer.toString(row.met()),
                Integer.toString(row.breached()),
                Numbers.percentText(row.shareMet())));
      }
      parts.add(
          new Table(
              List.of(
                  l(Label.SLA),
                  l(Label.METRIC),
                  l(Label.PRIORITY),
                  l(Label.MET),
                  l(Label.BREACHED),
                  l(Label.SHARE_MET)),
              rows,
              List.of(3, 4, 5)));
      return parts.done();
    }

    List<Part> breaches() {
      if (report.breaches().isEmpty()) {
        return none(Label.BREACHES, Label.NONE);
      }
      Parts parts = new Parts(l(Label.BREACHES));
      parts.add(clockTable(report.breaches()));
      for (ClockFact clock :
          report.breaches().subList(0, Math.min(MAX_TIMELINES, report.breaches().size()))) {
        if (!clock.timeline().isEmpty()) {
          parts.add(
              new Heading(
                  3, clock.ticket() + " — " + clock.metric().id() + " " + clock.priority()));
          parts.add(
              new Table(
                  List.of(l(Label.FROM), l(Label.TO), l(Label.COUNTING), l(Label.WHY)),
                  clock.timeline().stream().map(this::segment).toList(),
                  List.of()));
        }
      }
      if (report.breaches().size() > MAX_TIMELINES) {
        parts.add(new Paragraph("… +" + (report.breaches().size() - MAX_TIMELINES) + " (JSON)"));
      }
      return parts.done();
    }

    private List<String> segment(TimelineEntry t) {
      return List.of(
          exact(t.from()), exact(t.to()), l(t.counting() ? Label.COUNTS : Label.PAUSED), t.why());
    }

    private Block clockTable(List<ClockFact> clocks) {
      if (clocks.isEmpty()) {
        return new Paragraph(l(Label.NONE));
      }
      return new Table(
          List.of(
              l(Label.TICKET),
              l(Label.METRIC),
              l(Label.STATE),
              l(Label.STARTED),
              l(Label.STOPPED),
              l(Label.BREACHED_AT),
              l(Label.ELAPSED) + " / " + l(Label.TARGET)),
          clocks.stream()
              .map(
                  c ->
                      List.of(
                          c.ticket(),
                          c.metric().id() + " " + c.priority(),
                          c.state().id(),
                          at(c.startedAt()),
                          at(c.stoppedAt()),
                          at(c.breachedAt()),
                          Numbers.human(c.elapsed()) + " / " + Numbers.human(c.target())))
              .toList(),
          List.of(6));
    }

    List<Part> open() {
      return new Parts(l(Label.OPEN))
          .add(clockTable(report.open()))
          .add(new Heading(3, l(Label.CANCELLED)))
          .add(clockTable(report.cancelled()))
          .done();
    }

    List<Part> exclusions() {
      if (report.withExclusions().isEmpty()) {
        return none(Label.EXCLUSIONS, Label.NONE);
      }
      List<List<String>> rows = new ArrayList<>();
      for (ClockFact c : report.withExclusions()) {
        c.exclusions()
            .forEach(
                x ->
                    rows.add(
                        List.of(
                            c.ticket(),
                            c.metric().id(),
                            c.priority(),
                            c.state().id(),
                            at(x.span().startInclusive()),
                            at(x.span().endExclusive()),
                            x.reason())));
      }
      return new Parts(l(Label.EXCLUSIONS))
          .add(
              new Table(
                  List.of(
                      l(Label.TICKET),
                      l(Label.METRIC),
                      l(Label.PRIORITY),
                      l(Label.STATE),
                      l(Label.FROM),
                      l(Label.TO),
                      l(Label.REASON)),
                  rows,
                  List.of()))
          .done();
    }

    List<Part> credits() {
      if (report.credits().isEmpty()) {
        return none(Label.CREDITS, Label.NO_CREDIT_TERMS);
      }
      CreditStatement credits = report.credits().get();
      Parts parts = new Parts(l(Label.CREDITS));
      if (!report.closed()) {
        parts.add(new Paragraph(l(Label.PROVISIONAL)));
      }
      List<List<String>> rows = new ArrayList<>();
      for (CreditLine line : credits.lines()) {
        rows.add(
            List.of(
                line.rule().label() + line.service().map(s -> " — " + s).orElse(""),
                Numbers.shareText(line.share()),
                money(line.amount()),
                sources(line)));
      }
      parts.add(
          rows.isEmpty()
              ? new Paragraph(l(Label.NONE))
              : new Table(
                  List.of(l(Label.RULE), l(Label.PERCENT), l(Label.AMOUNT), l(Label.SOURCES)),
                  rows,
                  List.of(1, 2)));
      List<Fact> totals = new ArrayList<>();
      totals.add(new Fact(l(Label.UNCAPPED), money(credits.uncapped())));
      credits.cap().ifPresent(c -> totals.add(new Fact(l(Label.CAP), money(c))));
      totals.add(new Fact(l(Label.TOTAL), money(credits.total())));
      credits.claimBy().ifPresent(c -> totals.add(new Fact(l(Label.CLAIM_BY), exact(c))));
      credits.appliedAs().ifPresent(a -> totals.add(new Fact(l(Label.APPLIED_AS), a)));
      parts.add(new Facts(totals));
      if (credits.capped()) {
        parts.add(new Paragraph(l(Label.CAPPED)));
      }
      return parts.done();
    }

    private String sources(CreditLine line) {
      if (!line.breaches().isEmpty()) {
        return String.join(", ", line.breaches().stream().map(b -> b.ticket()).toList());
      }
      return String.join(
          "; ",
          line.outages().stream().map(o -> at(o.from()) + " (" + o.cause().id() + ")").toList());
    }

    private static String money(Money money) {
      BigDecimal amount = money.amount().stripTrailingZeros();
      return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString()
          + " "
          + money.currency();
    }
  }
}
