package org.accordo.app.imports;

import java.util.Map;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.imports.Coverage;
import org.accordo.core.policy.Metric;

/** An import's outcome for people, as the command line prints it. */
public final class ImportReportText {

  /** How many refused lines and notes are printed; the counts are always given. */
  static final int SHOWN = 50;

  private ImportReportText() {}

  /**
   * @param output the events file written, or null
   */
  public static String of(ImportOutcome outcome, ImportMode mode, String output) {
    StringBuilder text = new StringBuilder();
    for (Finding f : outcome.lint().findings()) {
      text.append(f).append('\n');
    }
    ImportSummary s = outcome.summary();
    text.append("tickets: ")
        .append(s.ticketRows())
        .append(" rows, ")
        .append(s.ticketsNew())
        .append(" new, ")
        .append(s.ticketsStored())
        .append(" imported before\n");
    text.append("history: ")
        .append(s.historyRows())
        .append(" rows, ")
        .append(s.historyRowsIgnored())
        .append(" that no rule reads\n");
    text.append("events: ")
        .append(s.events())
        .append(" (")
        .append(s.duplicates())
        .append(" duplicates read once)\n");
    clocks(text, outcome.coverage());
    lines(text, "refused", s.refused(), s.refusedLines());
    lines(text, "notes", s.notes(), s.notedLines());
    text.append(verdict(outcome, mode, output)).append('\n');
    return text.toString();
  }

  private static void clocks(StringBuilder text, Map<Metric, Coverage.MetricCoverage> coverage) {
    for (Metric metric : Metric.values()) {
      Coverage.MetricCoverage c = coverage.get(metric);
      if (c != null && c.measure() != Coverage.Measure.MEASURED) {
        text.append("clock ")
            .append(metric.id())
            .append(": ")
            .append(c.measure() == Coverage.Measure.NOT_MEASURED ? "not measured" : "no pauses")
            .append(" (")
            .append(c.why())
            .append(")\n");
      }
    }
  }

  private static void lines(
      StringBuilder text, String what, long count, java.util.List<ImportProblem> kept) {
    if (count == 0) {
      return;
    }
    text.append(what).append(": ").append(count).append(" lines\n");
    kept.stream().limit(SHOWN).forEach(p -> text.append("  ").append(p).append('\n'));
    if (count > SHOWN) {
      text.append("  ... and ").append(count - SHOWN).append(" more\n");
    }
  }

  private static String verdict(ImportOutcome outcome, ImportMode mode, String output) {
    if (outcome.lint().hasErrors()) {
      return "nothing imported: the mapping has errors";
    }
    if (outcome.stored()) {
      return output == null ? "imported" : "written to " + output;
    }
    if (mode == ImportMode.DRY_RUN) {
      return "dry run: nothing written";
    }
    return "nothing imported: "
        + outcome.summary().refused()
        + " lines are refused (fix them, or import the good lines with --keep-good-lines)";
  }
}
