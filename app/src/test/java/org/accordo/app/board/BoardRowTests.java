package org.accordo.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.clocks.OpenClock;
import org.accordo.app.render.Labels;
import org.accordo.core.clock.ClockState;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A board row's time left and colour are computed at the moment it is shown, from the clock's due
 * instant and first threshold, never read from the stored state alone.
 */
class BoardRowTests {

  private static final Instant DUE = Instant.parse("2026-03-09T09:30:00Z");
  private static final Instant FIRST_THRESHOLD = Instant.parse("2026-03-09T09:22:30Z");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @ParameterizedTest(name = "at {0} ({1}): {2}, {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # just opened: the whole target left
      2026-03-09T09:00:00Z | running  | ok       | 30 min
      # one second before the first threshold: still on time
      2026-03-09T09:22:29Z | running  | ok       | 7 min
      # at the first threshold: amber
      2026-03-09T09:22:30Z | running  | warning  | 7 min
      # at the due instant, although the stored row still says running: red
      2026-03-09T09:30:00Z | running  | breached | overdue 0 min
      2026-03-09T11:05:00Z | running  | breached | overdue 1 h 35 min
      # recorded as breached: red, whatever the time
      2026-03-09T09:10:00Z | breached | breached | 20 min
      """)
  void computesTimeLeftAndColourAtTheMomentShown(
      String now, String state, String css, String left) {
    OpenClock clock =
        new OpenClock(
            "t-1",
            Metric.FIRST_RESPONSE,
            0,
            "acme",
            "P1",
            "breached".equals(state) ? ClockState.BREACHED : ClockState.RUNNING,
            DUE,
            FIRST_THRESHOLD);

    BoardRow row =
        BoardRow.of(
            clock,
            "INC-1",
            "VPN down",
            "Acme",
            Instant.parse(now),
            ROME,
            Labels.of(DocumentLanguage.EN));

    assertThat(row.standing().css()).isEqualTo(css);
    assertThat(row.left()).isEqualTo(left);
    assertThat(row.due()).isEqualTo("2026-03-09 10:30 +01:00");
    assertThat(row.metric()).isEqualTo("First response");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-03-09T09:25:00Z, ok", "2026-03-09T09:31:00Z, breached"})
  void aClockWithoutThresholdsIsNeverAmber(String now, String css) {
    OpenClock clock =
        new OpenClock("t-1", Metric.RESOLUTION, 0, "acme", "P1", ClockState.RUNNING, DUE, null);

    BoardRow row =
        BoardRow.of(
            clock,
            null,
            "VPN down",
            "Acme",
            Instant.parse(now),
            ROME,
            Labels.of(DocumentLanguage.IT));

    assertThat(row.standing().css()).isEqualTo(css);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-03-09T09:45:00Z, scaduto da 15 min"})
  void saysOverdueInTheReadersLanguage(String now, String left) {
    OpenClock clock =
        new OpenClock("t-1", Metric.RESOLUTION, 0, "acme", "P1", ClockState.RUNNING, DUE, null);

    BoardRow row =
        BoardRow.of(
            clock,
            null,
            "VPN down",
            "Acme",
            Instant.parse(now),
            ROME,
            Labels.of(DocumentLanguage.IT));

    assertThat(row.left()).isEqualTo(left);
    assertThat(row.metric()).isEqualTo("Risoluzione");
  }
}
