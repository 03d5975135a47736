package org.accordo.app.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accordo.app.refusal.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The RCA's record form reads what was typed (instants in the reader's zone, rows named as the API
 * names them), drops wholly blank rows, and refuses bad input naming the field typed in.
 */
class RcaFormTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @Test
  void readsTheRecordTypedInTheReadersZoneAndDropsBlankRows() {
    Map<String, String> posted = filled();
    posted.put("timeline[1].at", "");
    posted.put("timeline[1].what", " ");

    Rcas.Draft draft = RcaForm.posted(posted).draft(ROME);

    assertThat(draft.summary()).isEqualTo("The core switch failed");
    assertThat(draft.rootCause()).isEqualTo("a firmware bug");
    assertThat(draft.body().timeline())
        .containsExactly(
            new RcaBody.TimelineEntry(Instant.parse("2026-03-10T08:00:00Z"), "alarm"),
            new RcaBody.TimelineEntry(Instant.parse("2026-03-10T09:30:00Z"), "restored"));
    assertThat(draft.body().contributingFactors()).containsExactly("no spare");
    assertThat(draft.body().actions())
        .containsExactly(
            new RcaBody.Action(
                RcaBody.ActionKind.PREVENTIVE,
                "update firmware",
                "Network team",
                LocalDate.parse("2026-04-01"),
                RcaBody.ActionState.IN_PROGRESS));
    assertThat(draft.body().notes())
        .containsExactly(new RcaBody.Note(RcaBody.NoteVisibility.INTERNAL, "vendor ticket 42"));
  }

  @Test
  void showsTheRecordAgainWithTwoBlankRowsOfEachPart() {
    Rcas.Draft draft = RcaForm.posted(filled()).draft(ROME);
    Rca rca =
        new Rca(
            "rca-1",
            "acme",
            RcaState.DRAFT,
            RcaTrigger.RESOLUTION,
            "P1",
            "office",
            Instant.parse("2026-03-10T10:00:00Z"),
            Instant.parse("2026-03-12T10:00:00Z"),
            null,
            null,
            draft.summary(),
            draft.rootCause(),
            draft.body(),
            null,
            List.of("t-1"));

    RcaForm form = RcaForm.of(rca, ROME);

    assertThat(form.timeline()).hasSize(4);
    assertThat(form.timeline().get(0))
        .isEqualTo(new RcaForm.TimelineRow("2026-03-10 09:00", "alarm"));
    assertThat(form.timeline().get(3).at()).isNull();
    assertThat(form.factors()).containsExactly("no spare", "", "");
    assertThat(form.actions().get(0))
        .isEqualTo(
            new RcaForm.ActionRow(
                "preventive", "update firmware", "Network team", "2026-04-01", "in_progress"));
    assertThat(form.notes()).hasSize(3);
    assertThat(RcaForm.posted(filled()).draft(ROME)).isEqualTo(draft);
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # no summary: the API's rule
      summary             |                  | summary
      # an impossible date is refused, never rolled over
      timeline[2].at      | 2026-02-30 09:00 | timeline[2].at
      # a time the clocks skip in Rome (29 March 2026, 02:00-03:00)
      timeline[2].at      | 2026-03-29 02:30 | timeline[2].at
      # a date and time written another way
      timeline[2].at      | 10/03/2026 9:00  | timeline[2].at
      actions[0].due      | next week        | actions[0].due
      actions[0].owner    |                  | actions[0].owner
      actions[0].state    | finished         | actions[0].state
      notes[0].visibility | everyone         | notes[0].visibility
      """)
  void refusesBadInputNamingTheFieldTypedIn(String field, String value, String named) {
    Map<String, String> posted = filled();
    posted.put(field, value == null ? "" : value);

    assertThatThrownBy(() -> RcaForm.posted(posted).draft(ROME))
        .isInstanceOfSatisfying(
            InvalidField.class, refused -> assertThat(refused.field()).isEqualTo(named));
  }

  private static Map<String, String> filled() {
    Map<String, String> posted = new HashMap<>();
    posted.put("summary", "The core switch failed");
    posted.put("root_cause", "a firmware bug");
    posted.put("timeline[0].at", "2026-03-10 09:00");
    posted.put("timeline[0].what", "alarm");
    posted.put("timeline[2].at", "2026-03-10 10:30");
    posted.put("timeline[2].what", "restored");
    posted.put("contributing_factors[0]", "no spare");
    posted.put("contributing_factors[1]", "");
    posted.put("actions[0].kind", "preventive");
    posted.put("actions[0].description", "update firmware");
    posted.put("actions[0].owner", "Network team");
    posted.put("actions[0].due", "2026-04-01");
    posted.put("actions[0].state", "in_progress");
    posted.put("actions[1].kind", "corrective");
    posted.put("actions[1].state", "open");
    posted.put("notes[0].visibility", "internal");
    posted.put("notes[0].text", "vendor ticket 42");
    return posted;
  }
}
