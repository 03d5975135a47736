package org.accordo.app.simulation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.credit.Money;
import org.accordo.core.simulation.ContractTotals;
import org.accordo.core.simulation.SimulationResult;

/**
 * The simulation laid out for people, in English, with the blocks of the other documents (so it
 * looks the same): Markdown, or one HTML page with two charts drawn as SVG. Instants are shown in
 * the period's zone; business durations in hours, never days. The table of changed clocks stops at
 * {@value ChangeTable#MAX_ROWS} rows; the JSON lists them all.
 */
public final class SimulationDocument {

  private final Contract current;
  private final Contract proposed;
  private final SimulationResult result;
  private final DateTimeFormatter local;

  private SimulationDocument(Contract current, Contract proposed, SimulationResult result) {
    this.current = current;
    this.proposed = proposed;
    this.result = result;
    ZoneId zone = result.period().zone();
    this.local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
  }

  /** A piece of the document: blocks every format prints, or a chart only HTML shows. */
  private sealed interface Part {}

  private record Blocks(List<Block> blocks) implements Part {}

  /** A chart drawn only when a page shows it; empty when there is nothing to draw. */
  private record Chart(Supplier<Optional<String>> svg) implements Part {}

  /** The simulation as one XHTML page, charts inline. */
  public static String html(Contract current, Contract proposed, SimulationResult result) {
    SimulationDocument document = new SimulationDocument(current, proposed, result);
    StringBuilder body = new StringBuilder();
    for (Part part : document.parts()) {
      if (part instanceof Blocks b) {
        body.append(HtmlWriter.write(b.blocks()));
      } else if (part instanceof Chart c) {
        c.svg()
            .get()
            .ifPresent(
                svg ->
                    body.append("<div class=\"chart\" style=\"margin: 0.6em 0;\">")
                        .append(svg)
                        .append("</div>\n"));
      }
    }
    return DocumentRenderer.page("en", document.title(), document.title(), body.toString());
  }

  /** The simulation as Markdown; the charts are left out (their numbers are in the tables). */
  public static String markdown(Contract current, Contract proposed, SimulationResult result) {
    List<Block> blocks = new ArrayList<>();
    for (Part part : new SimulationDocument(current, proposed, result).parts()) {
      if (part instanceof Blocks b) {
        blocks.addAll(b.blocks());
      }
    }
    return MarkdownWriter.write(blocks);
  }

  private List<Part> parts() {
    MetricTables metrics = new MetricTables(result);
    return List.of(
        new Blocks(header()),
        new Blocks(totals()),
        new Chart(() -> SimulationCharts.compliance(result)),
        new Blocks(metrics.compliance()),
        new Blocks(metrics.smallestTargets()),
        new Blocks(MonthTables.of(result)),
        new Chart(() -> SimulationCharts.credits(result)),
        new Blocks(new ChangeTable(local).of(result)),
        new Blocks(lint()));
  }

  private String title() {
    return "What if: " + name(proposed) + " instead of " + name(current);
  }

  private static String name(Contract contract) {
    return contract.header().title() + " v" + contract.header().version();
  }

  private List<Block> header() {
    return List.of(
        new Heading(1, title()),
        new Facts(
            List.of(
                new Fact("Current contract", name(current) + " (" + current.header().id() + ")"),
                new Fact("Proposed contract", name(proposed) + " (" + proposed.header().id() + ")"),
                new Fact(
                    "Period",
                    result.period().first()
                        + " to "
                        + result.period().last()
                        + ", times local to "
                        + result.period().zone().getId()),
                new Fact("Clocks computed at", local.format(result.asOf())),
                new Fact("Tickets replayed", String.valueOf(result.tickets())),
                new Fact("Compliance goal", Quantities.percent(result.goal())))),
        new Paragraph(
            "Both contracts are applied as if in force on every day of the period. A clock counts"
                + " in the month it stopped, met or breached; clocks still running, cancelled or"
                + " superseded are not counted."));
  }

  private List<Block> totals() {
    ContractTotals before = result.totals().current();
    ContractTotals after = result.totals().proposed();
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("Clocks met", before.met(), after.met(), result.totals().metDifference()));
    rows.add(
        row(
            "Clocks breached",
            before.breached(),
            after.breached(),
            result.totals().breachedDifference()));
    rows.add(
        List.of(
            "Compliance",
            before.compliance().map(Quantities::percent).orElse("—"),
            after.compliance().map(Quantities::percent).orElse("—"),
            ""));
    rows.add(
        List.of(
            "Credits owed",
            before.credits().map(Quantities::money).orElse("no credit terms"),
            after.credits().map(Quantities::money).orElse("no credit terms"),
            result.totals().creditsDifference().map(SimulationDocument::signed).orElse("—")));
    return List.of(
        new Heading(2, "Totals"),
        new Table(List.of("", "Current", "Proposed", "Difference"), rows, List.of(1, 2, 3)));
  }

  private static List<String> row(String label, int before, int after, int difference) {
    return List.of(label, String.valueOf(before), String.valueOf(after), signed(difference));
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : String.valueOf(n);
  }

  private static String signed(Money money) {
    return (money.amount().signum() > 0 ? "+" : "") + Quantities.money(money);
  }

  private List<Block> lint() {
    if (result.lint().findings().isEmpty()) {
      return List.of();
    }
    return List.of(
        new Heading(2, "Findings on the proposed contract"),
        new Items("", result.lint().findings().stream().map(Finding::toString).toList()));
  }
}
