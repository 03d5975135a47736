package org.accordo.app.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.policy.Metric;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import's outcome as the JSON its record keeps and the API shows under {@code result}: {@code
 * lint} (the mapping's findings), {@code clocks} (by metric: {@code measured}, {@code
 * without_pauses} or {@code not_measured}, and why), the counts, and at most {@value #LISTED}
 * refused lines and notes, each {@code {file, line, column, message}}.
 */
final class ImportResultJson {

  /** How many refused lines, and notes, the record keeps (all are counted). */
  static final int LISTED = 500;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ImportResultJson() {}

  static String of(ImportOutcome outcome) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(
        "lint",
        outcome.lint().findings().stream()
            .map(
                (Finding f) -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("rule", f.rule());
                  m.put("severity", f.severity().label());
                  m.put("line", f.location().line());
                  m.put("column", f.location().column());
                  m.put("message", f.message());
                  m.put("hint", f.hint());
                  return m;
                })
            .toList());
    Map<String, Object> clocks = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      var c = outcome.coverage().get(metric);
      clocks.put(
          metric.id(),
          Map.of("measure", c.measure().name().toLowerCase(java.util.Locale.ROOT), "why", c.why()));
    }
    result.put("clocks", clocks);
    ImportSummary s = outcome.summary();
    result.put("ticket_rows", s.ticketRows());
    result.put("tickets_new", s.ticketsNew());
    result.put("tickets_imported_before", s.ticketsStored());
    result.put("history_rows", s.historyRows());
    result.put("history_rows_ignored", s.historyRowsIgnored());
    result.put("events", s.events());
    result.put("duplicates", s.duplicates());
    result.put("refused", s.refused());
    result.put("refused_lines", lines(s.refusedLines()));
    result.put("notes", s.notes());
    result.put("noted_lines", lines(s.notedLines()));
    result.put("stored", outcome.stored());
    return JSON.writeValueAsString(result);
  }

  private static List<Map<String, Object>> lines(List<ImportProblem> problems) {
    return problems.stream()
        .limit(LISTED)
        .map(
            p -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("file", p.file());
              m.put("line", p.line());
              m.put("column", p.column());
              m.put("message", p.message());
              return m;
            })
        .toList();
  }
}
