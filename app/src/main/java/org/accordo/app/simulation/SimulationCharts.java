package org.accordo.app.simulation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Optional;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.simulation.MetricComparison;
import org.accordo.core.simulation.MetricOutcome;
import org.accordo.core.simulation.MonthComparison;
import org.accordo.core.simulation.MonthOutcome;
import org.accordo.core.simulation.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The simulation's charts, drawn by JFreeChart as SVG like the period report's: compliance per SLA,
 * metric and priority under both contracts against the goal, and the credits owed per month under
 * both.
 */
final class SimulationCharts {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 280;
  private static final Color CURRENT = new Color(0x8a, 0x9b, 0xad);
  private static final Color PROPOSED = new Color(0x3b, 0x6e, 0xa5);
  private static final Color GOAL = new Color(0xb0, 0x30, 0x30);
  private static final Font FONT = new Font(Font.SERIF, Font.PLAIN, 11);

  private SimulationCharts() {}

  /** Bars of the share met in percent, current and proposed side by side, with the goal. */
  static Optional<String> compliance(SimulationResult result) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    boolean severalSlas =
        result.metrics().stream().map(MetricComparison::sla).distinct().count() > 1;
    for (MetricComparison row : result.metrics()) {
      String category =
          row.metric().id() + " " + row.priority() + (severalSlas ? " (" + row.sla() + ")" : "");
      add(data, "current", category, row.current());
      add(data, "proposed", category, row.proposed());
    }
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    CategoryPlot plot = plot(data, "share met (%)");
    plot.getRangeAxis().setRange(0, 100);
    ValueMarker goal =
        new ValueMarker(
            Quantities.percentNumber(result.goal()).doubleValue(), GOAL, new BasicStroke(1.5f));
    goal.setLabel("goal " + Quantities.percentNumber(result.goal()).toPlainString() + "%");
    goal.setLabelFont(FONT);
    goal.setLabelPaint(GOAL);
    plot.addRangeMarker(goal);
    return Optional.of(svg(chart("Share of clocks met", plot)));
  }

  /** Bars of the credits owed per month under both contracts; empty when neither has credits. */
  static Optional<String> credits(SimulationResult result) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String currency = "";
    for (MonthComparison month : result.months()) {
      for (var side : java.util.List.of(month.current(), month.proposed())) {
        if (side.credits().isPresent()) {
          currency = side.credits().get().currency();
        }
      }
      addCredits(data, "current", month.month().toString(), month.current());
      addCredits(data, "proposed", month.month().toString(), month.proposed());
    }
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    CategoryPlot plot = plot(data, "credits owed (" + currency + ")");
    return Optional.of(svg(chart("Credits owed per month", plot)));
  }

  private static void add(
      DefaultCategoryDataset data, String series, String category, Optional<MetricOutcome> o) {
    o.flatMap(MetricOutcome::compliance)
        .ifPresent(share -> data.addValue(share.movePointRight(2), series, category));
  }

  private static void addCredits(
      DefaultCategoryDataset data, String series, String month, MonthOutcome outcome) {
    outcome
        .credits()
        .map(CreditStatement::total)
        .ifPresent(total -> data.addValue(total.amount(), series, month));
  }

  private static JFreeChart chart(String title, CategoryPlot plot) {
    JFreeChart chart = new JFreeChart(title, FONT.deriveFont(Font.BOLD, 13f), plot, true);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(FONT);
    return chart;
  }

  private static CategoryPlot plot(DefaultCategoryDataset data, String rangeLabel) {
    CategoryAxis categories = new CategoryAxis();
    categories.setTickLabelFont(FONT);
    categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    NumberAxis range = new NumberAxis(rangeLabel);
    range.setLabelFont(FONT);
    range.setTickLabelFont(FONT);
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, CURRENT);
    bars.setSeriesPaint(1, PROPOSED);
    bars.setMaximumBarWidth(0.06);
    bars.setItemMargin(0.05);
    CategoryPlot plot = new CategoryPlot(data, categories, range, bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  private static String svg(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    // whole-number size for the PDF renderer, and a viewBox so pages can scale it
    return g2.getSVGElement()
        .replaceFirst(
            "width='[0-9.]+' height='[0-9.]+'",
            "width='%d' height='%d' viewBox='0 0 %d %d'".formatted(WIDTH, HEIGHT, WIDTH, HEIGHT));
  }
}
