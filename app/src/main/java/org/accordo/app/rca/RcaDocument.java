package org.accordo.app.rca;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accordo.app.render.Block;
import org.accordo.app.render.DocumentRenderer;
import org.accordo.app.render.HtmlWriter;
import org.accordo.app.render.Labels;
import org.accordo.app.render.PdfRenderer;
import org.accordo.core.contract.DocumentLanguage;

/**
 * A root cause analysis as the document delivered to the customer: its facts, summary, timeline,
 * root cause, contributing factors, actions and the customer-visible notes, with labels in English
 * or Italian through the shared render pipeline. Internal notes are never printed. Instants are
 * shown in the customer's time zone.
 */
final class RcaDocument {

  /**
   * What the document shows.
   *
   * @param zone the customer's time zone, for every instant shown
   * @param tickets the RCA's tickets as people name them, in its order
   */
  record Subject(Rca rca, String customerName, ZoneId zone, List<String> tickets) {
    Subject {
      tickets = List.copyOf(tickets);
    }
  }

  private final Rca rca;
  private final String customerName;
  private final ZoneId zone;
  private final List<String> tickets;
  private final Labels labels;
  private final DateTimeFormatter instants;
  private final DateTimeFormatter dates;

  private RcaDocument(Subject subject, DocumentLanguage language) {
    this.rca = subject.rca();
    this.customerName = subject.customerName();
    this.zone = subject.zone();
    this.tickets = subject.tickets();
    this.labels = Labels.of(language);
    Locale locale = labels.locale();
    this.instants =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  /** The document as one XHTML page. */
  static String html(Subject subject, DocumentLanguage language) {
    RcaDocument document = new RcaDocument(subject, language);
    return DocumentRenderer.page(
        language.code(),
        document.labels.get("rca.title"),
        document.labels.get("rca.footer", subject.customerName()),
        HtmlWriter.write(document.blocks()));
  }

  /** The document's body alone, for a page that has its own layout. */
  static String body(Subject subject, DocumentLanguage language) {
    return HtmlWriter.write(new RcaDocument(subject, language).blocks());
  }

  /** The document as a PDF. */
  static byte[] pdf(Subject subject, DocumentLanguage language) {
    return PdfRenderer.toPdf(html(subject, language));
  }

  private List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, labels.get("rca.title")));
    blocks.add(
        new Block.Facts(
            List.of(
                new Block.Fact(labels.get("rca.customer"), customerName),
                new Block.Fact(labels.get("rca.tickets"), String.join(", ", tickets)),
                new Block.Fact(
                    labels.get("rca.opened_by"),
                    labels.get("rca.opened_by." + rca.openedBy().id())),
                new Block.Fact(labels.get("rca.opened"), instant(rca.openedAt())),
                new Block.Fact(labels.get("rca.due"), instant(rca.dueAt())),
                new Block.Fact(
                    labels.get("rca.delivered"),
                    rca.deliveredAt() == null ? "–" : instant(rca.deliveredAt())),
                new Block.Fact(
                    labels.get("rca.state"), labels.get("rca.state." + rca.state().id())))));
    section(blocks, "rca.summary", rca.summary());
    blocks.add(new Block.Heading(2, labels.get("rca.timeline")));
    if (rca.body().timeline().isEmpty()) {
      blocks.add(new Block.Paragraph(labels.get("rca.none")));
    } else {
      blocks.add(
          new Block.Table(
              List.of(labels.get("rca.timeline.at"), labels.get("rca.timeline.what")),
              rca.body().timeline().stream().map(e -> List.of(instant(e.at()), e.what())).toList(),
              List.of()));
    }
    section(blocks, "rca.root_cause", rca.rootCause());
    blocks.add(new Block.Heading(2, labels.get("rca.factors")));
    blocks.add(
        rca.body().contributingFactors().isEmpty()
            ? new Block.Paragraph(labels.get("rca.none"))
            : new Block.Items("", rca.body().contributingFactors()));
    blocks.add(new Block.Heading(2, labels.get("rca.actions")));
    if (rca.body().actions().isEmpty()) {
      blocks.add(new Block.Paragraph(labels.get("rca.none")));
    } else {
      blocks.add(actions());
    }
    List<String> notes = rca.body().forCustomer().notes().stream().map(RcaBody.Note::text).toList();
    if (!notes.isEmpty()) {
      blocks.add(new Block.Heading(2, labels.get("rca.notes")));
      blocks.add(new Block.Items("", notes));
    }
    return blocks;
  }

  private Block.Table actions() {
    return new Block.Table(
        List.of(
            labels.get("rca.action.kind"),
            labels.get("rca.action.description"),
            labels.get("rca.action.owner"),
            labels.get("rca.action.due"),
            labels.get("rca.action.state")),
        rca.body().actions().stream()
            .map(
                a ->
                    List.of(
                        labels.get("rca.action.kind." + a.kind().name().toLowerCase(Locale.ROOT)),
                        a.description(),
                        a.owner(),
                        date(a.due()),
                        labels.get(
                            "rca.action.state." + a.state().name().toLowerCase(Locale.ROOT))))
            .toList(),
        List.of());
  }

  private void section(List<Block> blocks, String label, String text) {
    blocks.add(new Block.Heading(2, labels.get(label)));
    blocks.add(new Block.Paragraph(text == null ? labels.get("rca.none") : text));
  }

  private String instant(Instant instant) {
    return instants.format(instant.atZone(zone));
  }

  private String date(LocalDate date) {
    return dates.format(date);
  }
}
