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
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
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

  /** The height of one bar's row in the compliance chart, in pixels. */
  private static final int ROW = 22;

  private static final Color BAR = new Color(0x3b, 0x6e, 0xa5);
  private static final Color TARGET = new Color(0xb0, 0x30, 0x30);
  private static final Font FONT = new Font(Font.SERIF, Font.PLAIN, 11);

  private ReportCharts() {}

  /** Bars of the share met, in percent, one per compliance row that measured a clock. */
  static String compliance(PeriodReport report, Wording w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    boolean severalSlas =
        report.compliance().stream().map(ComplianceRow::sla).distinct().count() > 1;
    for (ComplianceRow row : report.compliance()) {
      if (row.shareMet().isEmpty()) {
        continue; // no clock measured: no bar, rather than a bar at 0%
      }
      String category =
          w.metric(row.metric())
              + " "
              + row.priority()
              + (severalSlas ? " (" + row.sla() + ")" : "");
      data.addValue(row.shareMet().get().movePointRight(2), w.l("report.share_met"), category);
    }
    CategoryPlot plot = plot(data, w.l("report.share_met") + " (%)");
    plot.getRangeAxis().setRange(0, 100);
    // bars across, the names at their left where they have room: one line per row
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    return svg(
        new JFreeChart(
            w.l("report.chart.compliance"), FONT.deriveFont(Font.BOLD, 13f), plot, false),
        80 + ROW * data.getColumnCount());
  }

  /** Bars of each service's availability, in percent, with its target as a line. */
  static String availability(PeriodReport report, Wording w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double lowest = 100;
    for (AvailabilityRow row : report.availability()) {
      BigDecimal percent = row.result().availability().movePointRight(2);
      data.addValue(percent, w.l("report.availability"), row.result().service());
      lowest =
          Math.min(
              lowest,
              Math.min(
                  percent.doubleValue(), row.result().target().movePointRight(2).doubleValue()));
    }
    CategoryPlot plot = plot(data, w.l("report.availability") + " (%)");
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
              marker.setLabel(w.l("report.target") + " " + w.share(target));
              marker.setLabelFont(FONT);
              marker.setLabelPaint(TARGET);
              plot.addRangeMarker(marker);
            });
    return svg(
        new JFreeChart(
            w.l("report.chart.availability"), FONT.deriveFont(Font.BOLD, 13f), plot, false),
        HEIGHT);
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

  private static String svg(JFreeChart chart, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    // room at the right for half the last tick label ("100"), which the axis centres on the plot's
    // edge: without it the image cut it in half
    chart.setPadding(new RectangleInsets(4, 4, 4, 14));
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
    chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
    // JFreeSVG writes width='640.0'; the PDF renderer wants whole numbers, and a viewBox lets pages
    // scale it.
    return g2.getSVGElement()
        .replaceFirst(
            "width='[0-9.]+' height='[0-9.]+'",
            "width='"
                + WIDTH
                + "' height='"
                + height
                + "' viewBox='0 0 "
                + WIDTH
                + " "
                + height
                + "'");
  }
}
