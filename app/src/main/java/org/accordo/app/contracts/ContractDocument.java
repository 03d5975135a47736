package org.accordo.app.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Fact;
import org.accordo.app.render.DocumentRenderer;
import org.accordo.app.render.HtmlWriter;
import org.accordo.app.render.Labels;
import org.accordo.app.render.MarkdownWriter;
import org.accordo.app.render.PdfRenderer;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractHeader;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.contract.Party;
import org.accordo.core.contract.Priority;
import org.accordo.core.contract.Service;

/**
 * A contract as a printed agreement: every section in a fixed order, numbered, with labels in
 * English or Italian and the contract's own words unchanged. The same blocks become HTML, PDF
 * (through {@link PdfRenderer}) and Markdown. Sections the contract leaves out are not printed.
 */
public final class ContractDocument {

  private final Contract contract;
  private final Labels labels;
  private final Formats formats;
  private final TermsBlocks terms;
  private int section;

  private ContractDocument(Contract contract, DocumentLanguage language) {
    this.contract = contract;
    this.labels = Labels.of(language);
    this.formats = new Formats(labels);
    this.terms = new TermsBlocks(contract, formats);
  }

  /** The document's blocks, in order. */
  public static List<Block> blocks(Contract contract, DocumentLanguage language) {
    return new ContractDocument(contract, language).build();
  }

  /** The agreement as one XHTML page. */
  public static String html(Contract contract, DocumentLanguage language) {
    Labels labels = Labels.of(language);
    ContractHeader h = contract.header();
    return DocumentRenderer.page(
        language.code(),
        h.title(),
        labels.get("document.footer", h.title(), h.version()),
        HtmlWriter.write(blocks(contract, language)));
  }

  /** The agreement as a PDF. */
  public static byte[] pdf(Contract contract, DocumentLanguage language) {
    return PdfRenderer.toPdf(html(contract, language));
  }

  /** The agreement as Markdown. */
  public static String markdown(Contract contract, DocumentLanguage language) {
    return MarkdownWriter.write(blocks(contract, language));
  }

  private List<Block> build() {
    List<Block> blocks = new ArrayList<>(header());
    section(blocks, "section.services", this::services);
    section(blocks, "section.priorities", this::priorities);
    List<Block> slas = new SlaBlocks(contract, formats).blocks();
    blocks.add(new Block.Heading(2, (++section) + ". " + ((Block.Heading) slas.get(0)).text()));
    blocks.addAll(slas.subList(1, slas.size()));
    section(blocks, "section.hours", this::hours);
    contract
        .communication()
        .ifPresent(c -> section(blocks, "section.communication", () -> terms.communication(c)));
    contract
        .escalation()
        .ifPresent(e -> section(blocks, "section.escalation", () -> terms.escalation(e)));
    contract
        .problemManagement()
        .ifPresent(p -> section(blocks, "section.problem", () -> terms.problemManagement(p)));
    List<Block> responsibilities = terms.responsibilities();
    if (!responsibilities.isEmpty()) {
      section(blocks, "section.responsibilities", () -> responsibilities);
    }
    contract
        .reporting()
        .ifPresent(r -> section(blocks, "section.reporting", () -> terms.reporting(r)));
    List<Block> security = terms.security(contract.security());
    if (!security.isEmpty()) {
      section(blocks, "section.security", () -> security);
    }
    contract.credits().ifPresent(c -> section(blocks, "section.credits", () -> terms.credits(c)));
    contract
        .scalability()
        .ifPresent(
            s -> section(blocks, "section.scalability", () -> List.of(new Block.Paragraph(s))));
    contract.pricing().ifPresent(p -> section(blocks, "section.pricing", () -> terms.pricing(p)));
    contract
        .termination()
        .ifPresent(t -> section(blocks, "section.termination", () -> terms.termination(t)));
    contract
        .holdHarmless()
        .ifPresent(
            h -> section(blocks, "section.hold_harmless", () -> List.of(new Block.Paragraph(h))));
    section(blocks, "section.review", this::review);
    blocks.addAll(signatures());
    return blocks;
  }

  private void section(List<Block> blocks, String key, Supplier<List<Block>> body) {
    blocks.add(new Block.Heading(2, (++section) + ". " + labels.get(key)));
    blocks.addAll(body.get());
  }

  private List<Block> header() {
    ContractHeader h = contract.header();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, h.title()));
    String version =
        labels.get("document.version", String.valueOf(h.version()))
            + h.supersedes()
                .map(s -> ", " + labels.get("document.supersedes", String.valueOf(s)))
                .orElse("")
            + " · "
            + h.id();
    blocks.add(new Block.Paragraph(version));
    String effective =
        h.effective()
            .to()
            .map(
                to ->
                    labels.get(
                        "document.effective.range",
                        formats.date(h.effective().from()),
                        formats.date(to)))
            .orElse(labels.get("document.effective.open", formats.date(h.effective().from())));
    blocks.add(
        new Block.Facts(
            List.of(
                new Fact(labels.get("document.provider"), party(h.provider())),
                new Fact(labels.get("document.customer"), party(h.customer())),
                new Fact(labels.get("document.effective"), effective))));
    return blocks;
  }

  private String party(Party p) {
    return p.name()
        + p.contact()
            .map(
                c ->
                    " — "
                        + labels.get("document.contact")
                        + ": "
                        + c.name()
                        + c.email().map(e -> ", " + e).orElse("")
                        + c.phone().map(t -> ", " + t).orElse(""))
            .orElse("");
  }

  private List<Block> services() {
    List<Block> blocks = new ArrayList<>();
    for (Service s : contract.services()) {
      blocks.add(new Block.Heading(3, s.name()));
      blocks.add(new Block.Paragraph(s.description()));
      List<Fact> facts = new ArrayList<>();
      facts.add(new Fact(labels.get("service.hours"), s.hours()));
      if (!s.includes().isEmpty()) {
        facts.add(new Fact(labels.get("service.includes"), String.join("; ", s.includes())));
      }
      if (!s.excludes().isEmpty()) {
        facts.add(new Fact(labels.get("service.excludes"), String.join("; ", s.excludes())));
      }
      if (!s.limitations().isEmpty()) {
        facts.add(new Fact(labels.get("service.limitations"), String.join("; ", s.limitations())));
      }
      blocks.add(new Block.Facts(facts));
    }
    return blocks;
  }

  private List<Block> priorities() {
    List<List<String>> rows =
        contract.priorities().stream()
            .map((Priority p) -> List.of(p.id(), p.name(), p.definition()))
            .toList();
    return List.of(
        new Block.Table(
            List.of(
                labels.get("priority.id"),
                labels.get("priority.name"),
                labels.get("priority.definition")),
            rows,
            List.of()));
  }

  private List<Block> hours() {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, BusinessCalendar> c : contract.calendars().entrySet()) {
      rows.add(List.of(c.getKey(), formats.calendar(c.getValue())));
    }
    return List.of(
        new Block.Table(
            List.of(labels.get("hours.calendar"), labels.get("hours.description")),
            rows,
            List.of()));
  }

  private List<Block> review() {
    return contract
        .header()
        .review()
        .<List<Block>>map(
            r -> {
              List<Fact> facts = new ArrayList<>();
              facts.add(new Fact(labels.get("review.next"), formats.date(r.next())));
              r.every()
                  .ifPresent(
                      e -> facts.add(new Fact(labels.get("review.every"), formats.period(e))));
              r.owner().ifPresent(o -> facts.add(new Fact(labels.get("review.owner"), o)));
              return List.of(new Block.Facts(facts));
            })
        .orElse(List.of(new Block.Paragraph(labels.get("review.none"))));
  }

  private List<Block> signatures() {
    ContractHeader h = contract.header();
    return List.of(
        new Block.Heading(2, labels.get("document.signatures")),
        new Block.Signatures(
            List.of(
                labels.get("document.signature.for", h.provider().name()),
                labels.get("document.signature.for", h.customer().name()))));
  }
}
