package org.accordo.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.rca.OpenRca;
import org.accordo.app.rca.Rca;
import org.accordo.app.rca.RcaBody;
import org.accordo.app.rca.RcaState;
import org.accordo.app.rca.RcaTrigger;
import org.accordo.app.render.Labels;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An RCA owed is shown on the board like a clock: its time left and colour computed at the moment
 * it is shown, from its due instant and its first escalation threshold.
 */
class BoardRcaRowTests {

  private static final Instant OPENED = Instant.parse("2026-03-09T08:00:00Z");
  private static final Instant DUE = Instant.parse("2026-03-11T08:00:00Z");
  private static final Instant FIRST_THRESHOLD = Instant.parse("2026-03-10T20:00:00Z");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @ParameterizedTest(name = "at {0}: {1}, {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # just opened: the whole 48 hours left
      2026-03-09T08:00:00Z | ok       | 48 h 00 min
      # one minute before the first threshold: on time
      2026-03-10T19:59:00Z | ok       | 12 h 01 min
      # at the first threshold: amber
      2026-03-10T20:00:00Z | warning  | 12 h 00 min
      # at the due instant: red, overdue
      2026-03-11T08:00:00Z | breached | overdue 0 min
      2026-03-11T09:30:00Z | breached | overdue 1 h 30 min
      """)
  void computesTimeLeftAndColourAtTheMomentShown(String now, String css, String left) {
    BoardRcaRow row =
        BoardRcaRow.of(
            new OpenRca(rca(), FIRST_THRESHOLD),
            List.of("INC-1", "INC-2"),
            "Acme",
            Instant.parse(now),
            ROME,
            Labels.of(DocumentLanguage.EN));

    assertThat(row.standing().css()).isEqualTo(css);
    assertThat(row.left()).isEqualTo(left);
    assertThat(row.due()).isEqualTo("2026-03-11 09:00 +01:00");
    assertThat(row.tickets()).containsExactly("INC-1", "INC-2");
    assertThat(row.priority()).isEqualTo("P1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-03-10T23:00:00Z, ok", "2026-03-11T08:01:00Z, breached"})
  void anRcaWithoutThresholdsIsNeverAmber(String now, String css) {
    BoardRcaRow row =
        BoardRcaRow.of(
            new OpenRca(rca(), null),
            List.of("INC-1"),
            "Acme",
            Instant.parse(now),
            ROME,
            Labels.of(DocumentLanguage.IT));

    assertThat(row.standing().css()).isEqualTo(css);
  }

  private static Rca rca() {
    return new Rca(
        "rca-1",
        "acme",
        RcaState.DRAFT,
        RcaTrigger.RESOLUTION,
        "P1",
        "office",
        OPENED,
        DUE,
        null,
        null,
        null,
        null,
        RcaBody.EMPTY,
        null,
        List.of("t-1", "t-2"));
  }
}
