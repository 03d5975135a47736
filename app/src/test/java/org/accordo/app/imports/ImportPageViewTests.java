package org.accordo.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.render.Labels;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;

/**
 * An import's page: a running one polls and shows its progress in whole per cent; a finished one
 * stops polling and shows its counts, clocks and lines from its stored result, instants in the
 * reader's zone.
 */
class ImportPageViewTests {

  private static final Labels EN = Labels.of(DocumentLanguage.EN);
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @Test
  void aRunningImportPollsAndShowsItsProgress() {
    // storing the tickets, half the lines read: 0.2 + 0.5 * 0.5 = 45 %
    ImportPageView view =
        ImportPageView.of(run(ImportState.RUNNING, ImportPhase.TICKETS, 500, null, null), ROME, EN);

    assertThat(view.percent()).isEqualTo(45);
    assertThat(view.finished()).isFalse();
    assertThat(view.pollLink()).isEqualTo("/customers/acme/imports/imp-1/progress");
    assertThat(view.state()).isEqualTo("Running");
    assertThat(view.phase()).isEqualTo("storing the tickets");
    assertThat(view.lines()).isEqualTo("500 of 1,000 lines read in this pass");
    assertThat(view.requestedAt()).isEqualTo("2026-03-02 10:00 +01:00");
    assertThat(view.counts()).isEmpty();
  }

  @Test
  void aFinishedImportShowsItsOutcomeAndStopsPolling() {
    String result =
        """
        {"lint":[{"rule":"waiting-not-paused","severity":"warning","line":7,"column":3,
                  "message":"a waiting status does not pause","hint":"map it to waiting"}],
         "clocks":{"first_response":{"measure":"measured","why":""},
                   "resolution":{"measure":"without_pauses","why":"no history"}},
         "ticket_rows":3,"tickets_new":2,"tickets_imported_before":0,"history_rows":0,
         "history_rows_ignored":0,"events":6,"duplicates":0,"refused":1,
         "refused_lines":[{"file":"tickets.csv","line":3,"column":5,"message":"no 2026-02-30"}],
         "notes":0,"noted_lines":[],"stored":true}""";
    ImportPageView view =
        ImportPageView.of(
            run(
                ImportState.COMPLETED,
                ImportPhase.DONE,
                1000,
                Instant.parse("2026-03-02T09:05:00Z"),
                result),
            ROME,
            EN);

    assertThat(view.percent()).isEqualTo(100);
    assertThat(view.pollLink()).isNull();
    assertThat(view.stateCss()).isEqualTo("ok");
    assertThat(view.finishedAt()).isEqualTo("2026-03-02 10:05 +01:00");
    assertThat(view.counts())
        .contains(
            new ImportPageView.Count("New tickets", 2), new ImportPageView.Count("Events", 6));
    assertThat(view.clocks())
        .containsExactly(
            new ImportPageView.Coverage("first_response", "measured", ""),
            new ImportPageView.Coverage("resolution", "without_pauses", "no history"));
    assertThat(view.findings()).extracting(ImportPageView.Finding::line).containsExactly(7L);
    assertThat(view.refused())
        .containsExactly(new ImportPageView.Line("tickets.csv", 3, 5, "no 2026-02-30"));
    assertThat(view.refusedCount()).isEqualTo(1);
  }

  private static ImportRun run(
      ImportState state, ImportPhase phase, long done, Instant finished, String result) {
    return new ImportRun(
        "imp-1",
        "acme",
        "connectwise",
        ImportMode.ALL_OR_NOTHING,
        state,
        phase,
        1000,
        done,
        0,
        0,
        0,
        1,
        Instant.parse("2026-03-02T09:00:00Z"),
        "user:u-1",
        finished,
        null,
        result);
  }
}
