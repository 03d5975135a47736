package org.accordo.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.desk.ClockPanel.BarPiece;
import org.accordo.app.render.Labels;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.clock.ClockExplanation;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.TimelineSegment;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.escalation.EscalationCrossing;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;

class ClockPanelTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Instant START = Instant.parse("2026-03-09T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-09T13:00:00Z");
  private static final long MINUTE = 60_000L;

  /** Counting 1 h, paused 2 h for waiting_customer, counting 1 h: now, 4 h after it started. */
  private static final ClockResult RESOLUTION =
      new ClockResult(
          "t1",
          Metric.RESOLUTION,
          1,
          "P1",
          "24x7",
          ClockState.RUNNING,
          START,
          null,
          Instant.parse("2026-03-09T15:00:00Z"),
          null,
          240 * MINUTE,
          120 * MINUTE,
          120 * MINUTE,
          List.of(new EscalationCrossing(0.75, "L1", null, Instant.parse("2026-03-09T14:00:00Z"))),
          List.of(
              new TimelineSegment(START, START.plusSeconds(3600), true, "e1: created"),
              new TimelineSegment(
                  START.plusSeconds(3600),
                  START.plusSeconds(3 * 3600),
                  false,
                  "e2: status waiting_customer"),
              new TimelineSegment(START.plusSeconds(3 * 3600), NOW, true, "e3: status open")));

  @Test
  void drawsTheClocksLifeAsABarOfCountingAndPausedPieces() {
    ClockPanel panel = panel(RESOLUTION, DocumentLanguage.EN);

    assertThat(panel.bar())
        .extracting(BarPiece::css, BarPiece::x, BarPiece::width)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("counting", 0L, 250L),
            org.assertj.core.groups.Tuple.tuple("paused", 250L, 500L),
            org.assertj.core.groups.Tuple.tuple("counting", 750L, 250L));
    assertThat(panel.bar().get(1).title())
        .isEqualTo(
            "2026-03-09 11:00 +01:00 to 2026-03-09 13:00 +01:00: not counting (e2: status waiting_customer)");
    assertThat(panel.from()).isEqualTo("2026-03-09 10:00 +01:00");
    assertThat(panel.to()).isEqualTo("2026-03-09 14:00 +01:00");
  }

  @Test
  void tellsTheStoryInTheReadersLanguageAndZoneWithHoursAndMinutes() {
    ClockPanel english = panel(RESOLUTION, DocumentLanguage.EN);
    ClockPanel italian = panel(RESOLUTION, DocumentLanguage.IT);

    assertThat(english.title()).isEqualTo("Resolution, cycle 1, P1");
    assertThat(english.state()).isEqualTo("running");
    assertThat(english.target()).isEqualTo("4 h 00 min");
    assertThat(english.remaining()).isEqualTo("2 h 00 min");
    assertThat(english.story())
        .containsExactly(
            "Started 2026-03-09 10:00 +01:00.",
            "2026-03-09 10:00 +01:00 to 2026-03-09 11:00 +01:00: counting (e1: created).",
            "2026-03-09 11:00 +01:00 to 2026-03-09 13:00 +01:00: not counting (e2: status waiting_customer).",
            "2026-03-09 13:00 +01:00 to 2026-03-09 14:00 +01:00: counting (e3: status open).",
            "Counted 2 h 00 min, paused 2 h 00 min, remaining 2 h 00 min.",
            "Due 2026-03-09 16:00 +01:00 if it keeps counting.",
            "Escalation L1 at 75 % of the target: expected 2026-03-09 15:00 +01:00.");
    assertThat(italian.story().get(0)).isEqualTo("Avviato il 2026-03-09 10:00 +01:00.");
    assertThat(italian.story().get(6))
        .isEqualTo("Escalation L1 al 75 % dell'obiettivo: prevista il 2026-03-09 15:00 +01:00.");
  }

  @Test
  void saysHowLongABreachedClockIsOverdue() {
    ClockResult breached =
        new ClockResult(
            "t1",
            Metric.FIRST_RESPONSE,
            1,
            "P1",
            "24x7",
            ClockState.BREACHED,
            START,
            null,
            START.plusSeconds(1800),
            START.plusSeconds(1800),
            30 * MINUTE,
            95 * MINUTE,
            0,
            List.of(),
            List.of(new TimelineSegment(START, START.plusSeconds(95 * 60), true, "e1: created")));

    ClockPanel panel = panel(breached, DocumentLanguage.EN);

    assertThat(panel.css()).isEqualTo("breached");
    assertThat(panel.remaining()).isEqualTo("overdue 1 h 05 min");
    assertThat(panel.story())
        .contains("Breached at 2026-03-09 10:30 +01:00: the target was used up then.");
  }

  private static ClockPanel panel(ClockResult clock, DocumentLanguage language) {
    return ClockPanel.of(
        ClockExplanation.of(clock, BusinessCalendar.twentyFourSeven()),
        NOW,
        ROME,
        Labels.of(language));
  }
}
