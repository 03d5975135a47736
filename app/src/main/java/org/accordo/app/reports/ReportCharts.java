package org.accordo.app.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.ComplianceRow;
import org.accordo.core.report.PeriodReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's two charts, drawn by JFreeChart as SVG so the same picture goes into the HTML page
 * and the PDF: the share of clocks met per SLA, metric and priority, and each service's
 * availability against its target.
 */
final class ReportCharts {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 260;
  private static final Color BAR = new Color(0x3b, 0x6e, 0xa5);
  private static final Color TARGET = new Color(0xb0, 0x30, 0x30);
  private static final Font FONT = new Font(Font.SERIF, Font.PLAIN, 11);

  private ReportCharts() {}

  /** Bars of the share met, in percent, one per compliance row; empty when there is none. */
  static String compliance(PeriodReport report, String language) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ComplianceRow row : report.compliance()) {
      String category =
          row.metric().id()
              + " "
              + row.priority()
              + (report.compliance().stream().map(ComplianceRow::sla).distinct().count() > 1
                  ? " (" + row.sla() + ")"
                  : "");
      data.addValue(row.shareMet().movePointRight(2), Label.SHARE_MET.in(language), category);
    }
    CategoryPlot plot = plot(data, Label.SHARE_MET.in(language) + " (%)");
    plot.getRangeAxis().setRange(0, 100);
    return svg(
        new JFreeChart(
            Label.COMPLIANCE_CHART.in(language), FONT.deriveFont(Font.BOLD, 13f), plot, false));
  }

  /** Bars of each service's availability, in percent, with its target as a line. */
  static String availability(PeriodReport report, String language) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double lowest = 100;
    for (AvailabilityRow row : report.availability()) {
      BigDecimal percent = row.result().availability().movePointRight(2);
      data.addValue(percent, Label.AVAILABILITY.in(language), row.result().service());
      lowest =
          Math.min(
              lowest,
              Math.min(
                  percent.doubleValue(), row.result().target().movePointRight(2).doubleValue()));
    }
    CategoryPlot plot = plot(data, Label.AVAILABILITY.in(language) + " (%)");
    double floor = Math.max(0, Math.floor(lowest - Math.max(0.2, (100 - lowest) * 0.5)));
    plot.getRangeAxis().setRange(floor, 100);
    report.availability().stream()
        .map(r -> r.result().target())
        .distinct()
        .forEach(
            target -> {
              ValueMarker marker =
                  new ValueMarker(
                      target.movePointRight(2).doubleValue(), TARGET, new BasicStroke(1.5f));
              marker.setLabel(
                  Label.TARGET.in(language) + " " + Numbers.percent(target).toPlainString() + "%");
              marker.setLabelFont(FONT);
              marker.setLabelPaint(TARGET);
              plot.addRangeMarker(marker);
            });
    return svg(
        new JFreeChart(
            Label.AVAILABILITY_CHART.in(language), FONT.deriveFont(Font.BOLD, 13f), plot, false));
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
    bars.setSeriesPaint(0, BAR);
    bars.setMaximumBarWidth(0.08);
    CategoryPlot plot = new CategoryPlot(data, categories, range, bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  private static String svg(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    // JFreeSVG writes width='640.0'; the PDF renderer wants whole numbers, and a viewBox lets pages
    // scale it.
    return g2.getSVGElement()
        .replaceFirst(
            "width='[0-9.]+' height='[0-9.]+'",
            "width='"
                + WIDTH
                + "' height='"
                + HEIGHT
                + "' viewBox='0 0 "
                + WIDTH
                + " "
                + HEIGHT
                + "'");
  }
}
