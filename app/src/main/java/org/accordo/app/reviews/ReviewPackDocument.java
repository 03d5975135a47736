package org.accordo.app.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.accordo.app.render.Block;
import org.accordo.app.render.DocumentRenderer;
import org.accordo.app.render.HtmlWriter;
import org.accordo.app.render.Labels;
import org.accordo.app.render.PdfRenderer;
import org.accordo.app.ui.Formats;
import org.accordo.core.contract.DocumentLanguage;

/**
 * The review pack as a document for the meeting, through the shared render pipeline with English or
 * Italian labels ({@code review.pack.*}): the facts, compliance per metric and priority per month
 * with its trend, breaches and downtime by cause, availability and the downtime budget used,
 * credits, RCAs and their actions, the linter's findings and the proposed contract's effect.
 * Instants in the customer's zone with their offset, durations in hours and minutes.
 */
final class ReviewPackDocument {

  private final ReviewPack pack;
  private final Labels labels;
  private final ZoneId zone;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter months;
  private final NumberFormat percent;

  private ReviewPackDocument(ReviewPack pack, DocumentLanguage language) {
    this.pack = pack;
    this.labels = Labels.of(language);
    this.zone = ZoneId.of(pack.zone());
    Locale locale = labels.locale();
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.months = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    this.percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(2);
  }

  static String html(ReviewPack pack, DocumentLanguage language) {
    ReviewPackDocument document = new ReviewPackDocument(pack, language);
    return DocumentRenderer.page(
        language.code(),
        document.labels.get("review.pack.title"),
        document.labels.get("review.pack.footer", pack.customerName()),
        HtmlWriter.write(document.blocks()));
  }

  static byte[] pdf(ReviewPack pack, DocumentLanguage language) {
    return PdfRenderer.toPdf(html(pack, language));
  }

  private List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, labels.get("review.pack.title")));
    blocks.add(facts());
    compliance(blocks);
    breaches(blocks);
    availability(blocks);
    credits(blocks);
    rcas(blocks);
    findings(blocks);
    whatIf(blocks);
    return blocks;
  }

  private Block facts() {
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact(labels.get("review.pack.customer"), pack.customerName()));
    facts.add(
        new Block.Fact(
            labels.get("review.pack.period"), month(pack.from()) + " – " + month(pack.to())));
    facts.add(
        new Block.Fact(
            labels.get("review.pack.contract"),
            pack.contractVersion() == null
                ? "–"
                : labels.get("review.pack.version", pack.contractVersion())));
    String next = pack.nextReview() == null ? "–" : date(pack.nextReview());
    if (pack.overdue()) {
      next = labels.get("review.pack.overdue.since", date(pack.nextReview()));
    }
    facts.add(new Block.Fact(labels.get("review.pack.next"), next));
    facts.add(new Block.Fact(labels.get("review.pack.asof"), instant(pack.asOf())));
    return new Block.Facts(facts);
  }

  private void compliance(List<Block> blocks) {
    blocks.add(new Block.Heading(2, labels.get("review.pack.compliance")));
    if (pack.compliance().isEmpty()) {
      blocks.add(new Block.Paragraph(labels.get("review.pack.none")));
      return;
    }
    List<String> headers = new ArrayList<>();
    headers.add(labels.get("review.pack.metric"));
    headers.add(labels.get("review.pack.priority"));
    pack.months().forEach(m -> headers.add(month(m)));
    headers.add(labels.get("review.pack.met"));
    headers.add(labels.get("review.pack.breached"));
    headers.add(labels.get("review.pack.trend"));
    List<List<String>> rows = new ArrayList<>();
    for (ReviewPack.Compliance c : pack.compliance()) {
      List<String> row = new ArrayList<>();
      row.add(labels.get("metric." + c.metric()));
      row.add(c.priority());
      c.shares().forEach(s -> row.add(s == null ? "–" : percent.format(s)));
      row.add(String.valueOf(c.met()));
      row.add(String.valueOf(c.breached()));
      row.add(trend(c.trend()));
      rows.add(row);
    }
    List<Integer> numeric = new ArrayList<>();
    for (int i = 2; i < headers.size(); i++) {
      numeric.add(i);
    }
    blocks.add(new Block.Table(headers, rows, numeric));
  }

  private void breaches(List<Block> blocks) {
    blocks.add(new Block.Heading(2, labels.get("review.pack.breaches")));
    if (pack.breaches().isEmpty() && pack.downtimeByCause().isEmpty()) {
      blocks.add(new Block.Paragraph(labels.get("review.pack.none")));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    pack.breaches()
        .forEach(
            b ->
                rows.add(
                    List.of(
                        labels.get("metric." + b.metric()) + " " + b.priority(),
                        String.valueOf(b.count()))));
    pack.downtimeByCause()
        .forEach(
            d ->
                rows.add(
                    List.of(
                        labels.get("review.pack.downtime.cause", d.cause()),
                        String.valueOf(d.outages()))));
    blocks.add(
        new Block.Table(
            List.of(labels.get("review.pack.cause"), labels.get("review.pack.count")),
            rows,
            List.of(1)));
  }

  private void availability(List<Block> blocks) {
    section(
        blocks,
        "review.pack.availability",
        "review.pack.none",
        pack.availability(),
        List.of(
            "review.pack.month",
            "review.pack.service",
            "review.pack.availability.measured",
            "review.pack.downtime",
            "review.pack.budget",
            "review.pack.budget.used"),
        a ->
            List.of(
                month(a.month()),
                a.service(),
                percent.format(a.availability()),
                duration(a.downtimeSeconds()),
                duration(a.budgetSeconds()),
                a.budgetUsed() == null ? "–" : percent.format(a.budgetUsed())),
        List.of(2, 3, 4, 5));
  }

  private void credits(List<Block> blocks) {
    section(
        blocks,
        "review.pack.credits",
        "review.pack.none",
        pack.credits(),
        List.of("review.pack.month", "review.pack.credits.total", "review.pack.credits.applied"),
        c ->
            List.of(
                month(c.month()),
                c.total() + " " + c.currency(),
                c.appliedAs() == null
                    ? labels.get("review.pack.credits.not_applied")
                    : c.appliedAs()),
        List.of(1));
  }

  private void rcas(List<Block> blocks) {
    section(
        blocks,
        "review.pack.rcas",
        "review.pack.none",
        pack.rcas(),
        List.of(
            "review.pack.rca.summary",
            "review.pack.priority",
            "review.pack.rca.due",
            "review.pack.rca.state",
            "review.pack.rca.actions"),
        r ->
            List.of(
                r.summary() == null ? "–" : r.summary(),
                r.priority(),
                instant(r.dueAt()),
                labels.get("rca.state." + r.state())
                    + (r.late() ? " (" + labels.get("review.pack.rca.late") + ")" : ""),
                labels.get("review.pack.rca.done", r.actionsDone(), r.actions())),
        List.of());
  }

  private void findings(List<Block> blocks) {
    section(
        blocks,
        "review.pack.findings",
        "review.pack.findings.none",
        pack.findings(),
        List.of(
            "review.pack.finding.severity",
            "review.pack.finding.line",
            "review.pack.finding.message"),
        f -> List.of(f.severity(), String.valueOf(f.line()), f.message()),
        List.of(1));
  }

  /**
   * A section of the pack: its heading, then a table of {@code items} (one row each, headed by the
   * labels of {@code headerKeys}, {@code numeric} columns aligned as numbers) or, when there is
   * none, the sentence of {@code noneKey}.
   */
  private <T> void section(
      List<Block> blocks,
      String headingKey,
      String noneKey,
      List<T> items,
      List<String> headerKeys,
      Function<T, List<String>> row,
      List<Integer> numeric) {
    blocks.add(new Block.Heading(2, labels.get(headingKey)));
    if (items.isEmpty()) {
      blocks.add(new Block.Paragraph(labels.get(noneKey)));
      return;
    }
    blocks.add(
        new Block.Table(
            headerKeys.stream().map(key -> labels.get(key)).toList(),
            items.stream().map(row).toList(),
            numeric));
  }

  private void whatIf(List<Block> blocks) {
    if (pack.whatIf() == null) {
      return;
    }
    blocks.add(new Block.Heading(2, labels.get("review.pack.whatif")));
    ReviewPack.WhatIf w = pack.whatIf();
    blocks.add(
        new Block.Table(
            List.of(
                "",
                labels.get("review.pack.met"),
                labels.get("review.pack.breached"),
                labels.get("review.pack.whatif.compliance"),
                labels.get("review.pack.credits")),
            List.of(
                side(labels.get("review.pack.whatif.current"), w.current()),
                side(labels.get("review.pack.whatif.proposed"), w.proposed())),
            List.of(1, 2, 3, 4)));
  }

  private List<String> side(String name, ReviewPack.WhatIf.Side side) {
    return List.of(
        name,
        String.valueOf(side.met()),
        String.valueOf(side.breached()),
        side.compliance() == null ? "–" : percent.format(side.compliance()),
        side.credits() == null ? "–" : side.credits());
  }

  private String trend(BigDecimal points) {
    if (points == null) {
      return "–";
    }
    String sign = points.signum() > 0 ? "+" : points.signum() < 0 ? "" : "±";
    return labels.get("review.pack.points", sign + points.toPlainString());
  }

  private String month(YearMonth month) {
    return months.format(month.atDay(1));
  }

  private String date(LocalDate date) {
    return dates.format(date);
  }

  private String instant(Instant instant) {
    return Formats.instant(instant, zone);
  }

  private static String duration(BigDecimal seconds) {
    return Formats.hoursAndMinutes(
        Duration.ofSeconds(seconds.setScale(0, RoundingMode.HALF_EVEN).longValueExact()));
  }
}
