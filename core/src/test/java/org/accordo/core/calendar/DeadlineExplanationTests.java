package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineExplanationTests {

  @Test
  void explainsChristmasDeadlineDayByDay() {
    // SLA-SEMANTICS §4 example 6: Thu 24 Dec 2026 16:00 local + 4h on rome-office
    DeadlineExplanation explanation =
        DeadlineExplanation.of(
            CalendarFixtures.romeOffice(),
            Instant.parse("2026-12-24T15:00:00Z"),
            Duration.ofHours(4));

    assertThat(explanation.deadline()).isEqualTo(Instant.parse("2026-12-28T10:00:00Z"));
    assertThat(explanation.days())
        .extracting(d -> d.day().date())
        .containsExactly(
            LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26),
            LocalDate.of(2026, 12, 27),
            LocalDate.of(2026, 12, 28));
    assertThat(explanation.days())
        .extracting(d -> d.day().rule())
        .containsExactly(
            DayRule.WEEKLY_HOURS,
            DayRule.HOLIDAY,
            DayRule.HOLIDAY,
            DayRule.NO_WEEKLY_HOURS,
            DayRule.WEEKLY_HOURS);
    assertThat(explanation.days())
        .extracting(DeadlineExplanation.CountedDay::counted)
        .containsExactly(
            Duration.ofHours(2), Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofHours(2));
    assertThat(explanation.days().get(1).day().reason()).isEqualTo("holiday: Christmas (IT)");
    assertThat(explanation.days().get(3).day().reason()).isEqualTo("Sunday has no hours");
    assertThat(explanation.days().get(4).intervals())
        .containsExactly(
            new OpenInterval(
                Instant.parse("2026-12-28T08:00:00Z"), Instant.parse("2026-12-28T10:00:00Z")));
  }
}
