package org.accordo.app.imports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One import as its page shows it: where it stands (a progress from 0 to 1 for a {@code <progress>}
 * element, its phase and lines), and once it has its outcome, the counts, the mapping's findings,
 * which clocks it could measure, and the refused and noted lines with their file, line and column.
 * Everything is formatted for the reader (instants in their zone with the offset).
 *
 * @param id the import's id
 * @param link the address of its page
 * @param source the PSA the mapping reads
 * @param mode the mode's words
 * @param state its state's words
 * @param stateCss {@code ok}, {@code warning} or {@code breached}: the colour of the state
 * @param phase its phase's words
 * @param progress from 0 to 1
 * @param percent the progress in whole per cent, rounded down
 * @param lines lines read of the pass it is in, of all its lines, in words
 * @param requestedAt when it was asked for
 * @param finishedAt when it ended, or null while it runs
 * @param failure why it failed, or null
 * @param finished true once it has its outcome: the page stops polling
 * @param counts the outcome's counts in order, empty while it runs
 * @param findings the mapping's lint findings
 * @param clocks what it could measure, per metric
 * @param refused lines refused (at most the first 500 are listed; {@code refusedCount} counts all)
 * @param refusedCount every refused line
 * @param notes values to check (the first 500)
 * @param notesCount every note
 */
public record ImportPageView(
    String id,
    String link,
    String source,
    String mode,
    String state,
    String stateCss,
    String phase,
    double progress,
    int percent,
    String lines,
    String requestedAt,
    String finishedAt,
    String failure,
    boolean finished,
    List<Count> counts,
    List<Finding> findings,
    List<Coverage> clocks,
    List<Line> refused,
    long refusedCount,
    List<Line> notes,
    long notesCount) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public ImportPageView {
    Objects.requireNonNull(id, "id");
    counts = List.copyOf(counts);
    findings = List.copyOf(findings);
    clocks = List.copyOf(clocks);
    refused = List.copyOf(refused);
    notes = List.copyOf(notes);
    if (progress < 0 || progress > 1) {
      throw new IllegalArgumentException("a progress is from 0 to 1, was " + progress);
    }
  }

  /** The address of the fragment the page polls while the import runs; null once it ended. */
  public String pollLink() {
    return finished ? null : link + "/progress";
  }

  /**
   * One count of the outcome.
   *
   * @param label its words
   * @param value the number
   */
  public record Count(String label, long value) {}

  /**
   * A lint finding of the mapping.
   *
   * @param severity error, warning or info
   * @param line its line in the mapping
   * @param column its column
   * @param message what is wrong
   * @param hint what to do
   * @param rule the rule's id
   */
  public record Finding(
      String severity, long line, long column, String message, String hint, String rule) {}

  /**
   * Whether the import could measure a metric's clocks.
   *
   * @param metric the metric's id
   * @param measure {@code measured}, {@code without_pauses} or {@code not_measured}
   * @param why why, or blank
   */
  public record Coverage(String metric, String measure, String why) {}

  /**
   * A line of an uploaded file with what was found in it.
   *
   * @param file {@code tickets} or {@code history}
   * @param line its line
   * @param column its column, 0 when the whole line
   * @param message what was found
   */
  public record Line(String file, long line, long column, String message) {}

  /** The page of {@code run}, for a reader in {@code zone} reading {@code labels}. */
  public static ImportPageView of(ImportRun run, ZoneId zone, Labels labels) {
    JsonNode result = run.result() == null ? null : JSON.readTree(run.result());
    double progress = Math.max(0, Math.min(1, run.progress()));
    return new ImportPageView(
        run.id(),
        "/customers/" + run.customerId() + "/imports/" + run.id(),
        run.source() == null ? "" : run.source(),
        labels.get("page.imports.mode." + run.mode().name().toLowerCase(java.util.Locale.ROOT)),
        labels.get("page.imports.state." + run.state().id()),
        css(run.state()),
        labels.get("page.imports.phase." + run.phase().id()),
        progress,
        (int) Math.floor(progress * 100),
        labels.get("page.imports.lines", run.linesDone(), run.linesTotal()),
        Formats.instant(run.requestedAt(), zone),
        run.finishedAt() == null ? null : Formats.instant(run.finishedAt(), zone),
        run.failure(),
        run.state().isFinal(),
        counts(result, labels),
        findings(result),
        clocks(result),
        lines(result, "refused_lines"),
        result == null ? 0 : result.path("refused").asLong(),
        lines(result, "noted_lines"),
        result == null ? 0 : result.path("notes").asLong());
  }

  private static String css(ImportState state) {
    return switch (state) {
      case COMPLETED, CHECKED -> "ok";
      case QUEUED, RUNNING -> "warning";
      case REFUSED, FAILED -> "breached";
    };
  }

  private static final List<String> COUNTS =
      List.of(
          "ticket_rows",
          "tickets_new",
          "tickets_imported_before",
          "history_rows",
          "history_rows_ignored",
          "events",
          "duplicates",
          "refused",
          "notes");

  private static List<Count> counts(JsonNode result, Labels labels) {
    if (result == null) {
      return List.of();
    }
    List<Count> counts = new ArrayList<>();
    for (String name : COUNTS) {
      counts.add(new Count(labels.get("page.imports.count." + name), result.path(name).asLong()));
    }
    return counts;
  }

  private static List<Finding> findings(JsonNode result) {
    List<Finding> findings = new ArrayList<>();
    if (result != null) {
      for (JsonNode f : result.path("lint")) {
        findings.add(
            new Finding(
                f.path("severity").asString(),
                f.path("line").asLong(),
                f.path("column").asLong(),
                f.path("message").asString(),
                f.path("hint").asString(),
                f.path("rule").asString()));
      }
    }
    return findings;
  }

  private static List<Coverage> clocks(JsonNode result) {
    List<Coverage> clocks = new ArrayList<>();
    if (result != null) {
      for (var entry : result.path("clocks").properties()) {
        clocks.add(
            new Coverage(
                entry.getKey(),
                entry.getValue().path("measure").asString(),
                entry.getValue().path("why").asString()));
      }
    }
    return clocks;
  }

  private static List<Line> lines(JsonNode result, String field) {
    List<Line> lines = new ArrayList<>();
    if (result != null) {
      for (JsonNode l : result.path(field)) {
        lines.add(
            new Line(
                l.path("file").asString(),
                l.path("line").asLong(),
                l.path("column").asLong(),
                l.path("message").asString()));
      }
    }
    return lines;
  }
}
