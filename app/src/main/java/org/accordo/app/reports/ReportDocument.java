package org.accordo.app.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Items;
import org.accordo.app.render.DocumentRenderer;
import org.accordo.app.render.HtmlWriter;
import org.accordo.app.render.Labels;
import org.accordo.app.render.MarkdownWriter;
import org.accordo.app.render.PdfRenderer;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.report.PeriodReport;

/**
 * The period report laid out for people, in one language: a first page that summarises the month,
 * then availability, compliance, breaches with their timelines, the clocks open at the end,
 * exclusions and credits. The same blocks as the contract document (so it looks the same), printed
 * as HTML, PDF or Markdown, with two charts drawn as SVG in HTML and PDF. Tickets are named by
 * their number and subject, instants are shown in the contract's zone to the minute, durations in
 * hours and minutes.
 */
public final class ReportDocument {

  private final Contract contract;
  private final PeriodReport report;
  private final StatementMark mark;
  private final DocumentLanguage language;
  private final Wording wording;
  private final SummaryPage summary;

  private ReportDocument(
      Contract contract, PeriodReport report, StatementMark mark, DocumentLanguage language) {
    this.contract = contract;
    this.report = report;
    this.mark = mark;
    this.language = language;
    this.wording = new Wording(Labels.of(language), report.period().zone());
    this.summary = new SummaryPage(contract, report, mark, wording);
  }

  /** The report from files as one XHTML page with its charts inline. */
  public static String html(Contract contract, PeriodReport report, DocumentLanguage language) {
    return html(contract, report, StatementMark.of(report), language);
  }

  /** The statement as one XHTML page with its charts inline, marked as {@code mark} says. */
  public static String html(
      Contract contract, PeriodReport report, StatementMark mark, DocumentLanguage language) {
    ReportDocument document = new ReportDocument(contract, report, mark, language);
    return document.page(document.parts(Charts.DRAWN));
  }

  /**
   * A statement's HTML page and Markdown in one language, as {@link #html} and {@link #markdown}
   * write them, from one wording of its sections: a month of 100,000 tickets words each clock once
   * per language, not twice.
   */
  public static Pages pages(
      Contract contract, PeriodReport report, StatementMark mark, DocumentLanguage language) {
    ReportDocument document = new ReportDocument(contract, report, mark, language);
    List<Part> parts = document.parts(Charts.DRAWN);
    return new Pages(document.page(parts), markdownOf(parts));
  }

  /** A statement's HTML page and its Markdown, in one language. */
  public record Pages(String html, String markdown) {
    public Pages {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(markdown, "markdown");
    }
  }

  private String page(List<Part> parts) {
    StringBuilder body = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Part.Blocks b) {
        body.append(HtmlWriter.write(b.blocks()));
      } else if (part instanceof Part.Chart c) {
        body.append("<div class=\"chart\">").append(c.svg()).append("</div>\n");
      }
    }
    String footer =
        wording.l(
            "report.footer",
            contract.header().title(),
            wording.l("report.title"),
            wording.month(report.period().month()));
    return DocumentRenderer.page(language.code(), summary.title(), footer, body.toString());
  }

  /** The report from files as a PDF (A4), charts drawn from the same SVG. */
  public static byte[] pdf(Contract contract, PeriodReport report, DocumentLanguage language) {
    return PdfRenderer.toPdf(html(contract, report, language));
  }

  /**
   * A statement's PDF (A4) from its HTML ({@link #html}): the PDF shows exactly what the page does,
   * so a stored page can be printed later.
   */
  public static byte[] pdf(String html) {
    return PdfRenderer.toPdf(html);
  }

  /** Warms up the PDF printing ({@link PdfRenderer#warmUp()}), e.g. at a server's start. */
  public static void warmUpPdf() {
    PdfRenderer.warmUp();
  }

  /** The report from files as Markdown; charts are left out (their numbers are in the tables). */
  public static String markdown(Contract contract, PeriodReport report, DocumentLanguage language) {
    return markdown(contract, report, StatementMark.of(report), language);
  }

  /** The statement as Markdown, marked as {@code mark} says; charts are left out. */
  public static String markdown(
      Contract contract, PeriodReport report, StatementMark mark, DocumentLanguage language) {
    return markdownOf(new ReportDocument(contract, report, mark, language).parts(Charts.LEFT_OUT));
  }

  /**
   * The parts' blocks as Markdown. Charts are left out, and with them nothing else: the blocks
   * around a chart are the blocks a document without charts has.
   */
  private static String markdownOf(List<Part> parts) {
    List<Block> blocks = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Part.Blocks b) {
        blocks.addAll(b.blocks());
      }
    }
    return MarkdownWriter.write(blocks);
  }

  private List<Part> parts(Charts charts) {
    ServiceSections services = new ServiceSections(report, mark, wording, summary);
    ClockSections clocks = new ClockSections(report, wording);
    List<Part> parts = new ArrayList<>();
    parts.add(new Part.Blocks(summary.blocks()));
    parts.addAll(services.availability(charts));
    parts.addAll(services.compliance(charts));
    parts.addAll(clocks.breaches());
    parts.addAll(clocks.open());
    parts.addAll(clocks.exclusions());
    parts.addAll(new RecordSections(report, wording).rcas());
    parts.addAll(services.credits());
    parts.addAll(new DisputeSection(mark.disputes(), wording).parts());
    if (!report.contents().isEmpty()) {
      parts.add(
          new Part.Blocks(
              List.of(
                  new Heading(2, wording.l("report.contents")), new Items("", report.contents()))));
    }
    return parts;
  }
}
