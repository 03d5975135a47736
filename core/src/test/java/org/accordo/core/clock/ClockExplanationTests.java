package org.accordo.core.clock;

import static org.accordo.core.clock.ClockFixtures.rome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.accordo.core.clock.ClockExplanation.Step;
import org.accordo.core.clock.ClockExplanation.StepKind;
import org.accordo.core.clock.ClockExplanation.Stretch;
import org.accordo.core.clock.ClockExplanation.StretchKind;
import org.accordo.core.escalation.EscalationCrossing;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;

class ClockExplanationTests {

  private static final long HOUR = 3_600_000L;

  @Test
  void tellsEachSegmentWithTheClosedHoursInsideACountingOne() {
    ClockResult clock =
        clock(
            ClockState.RUNNING,
            null,
            List.of(
                new TimelineSegment(
                    rome("2026-02-02 12:00"), rome("2026-02-02 15:00"), true, "e1: created"),
                new TimelineSegment(
                    rome("2026-02-02 15:00"),
                    rome("2026-02-02 16:00"),
                    false,
                    "e2: status waiting_customer"),
                new TimelineSegment(
                    rome("2026-02-02 16:00"), rome("2026-02-02 17:00"), true, "e3: status open")),
            List.of(
                new EscalationCrossing(0.5, "L1", rome("2026-02-02 16:00"), null),
                new EscalationCrossing(0.75, "L2", null, rome("2026-02-03 09:00"))));

    ClockExplanation explained = ClockExplanation.of(clock, ClockFixtures.romeOffice());

    assertThat(explained.steps())
        .extracting(Step::kind)
        .containsExactly(
            StepKind.STARTED,
            StepKind.SEGMENT,
            StepKind.CLOSED,
            StepKind.SEGMENT,
            StepKind.SEGMENT,
            StepKind.TOTALS,
            StepKind.DUE,
            StepKind.ESCALATION_CROSSED,
            StepKind.ESCALATION_EXPECTED);
    Step closed = explained.steps().get(2);
    assertThat(closed.at()).isEqualTo(rome("2026-02-02 13:00"));
    assertThat(closed.until()).isEqualTo(rome("2026-02-02 14:00"));
    assertThat(explained.steps().get(3).why()).isEqualTo("e2: status waiting_customer");
    assertThat(explained.steps().get(3).counting()).isFalse();
    assertThat(explained.stretches())
        .containsExactly(
            new Stretch(
                StretchKind.COUNTING,
                rome("2026-02-02 12:00"),
                rome("2026-02-02 13:00"),
                "e1: created"),
            new Stretch(
                StretchKind.CLOSED,
                rome("2026-02-02 13:00"),
                rome("2026-02-02 14:00"),
                "e1: created"),
            new Stretch(
                StretchKind.COUNTING,
                rome("2026-02-02 14:00"),
                rome("2026-02-02 15:00"),
                "e1: created"),
            new Stretch(
                StretchKind.PAUSED,
                rome("2026-02-02 15:00"),
                rome("2026-02-02 16:00"),
                "e2: status waiting_customer"),
            new Stretch(
                StretchKind.COUNTING,
                rome("2026-02-02 16:00"),
                rome("2026-02-02 17:00"),
                "e3: status open"));
  }

  @Test
  void countsTheClosedPeriodsBeyondSixInsteadOfTellingThem() {
    ClockResult clock =
        clock(
            ClockState.RUNNING,
            null,
            List.of(
                new TimelineSegment(
                    rome("2026-02-02 09:00"), rome("2026-02-06 18:00"), true, "e1: created")),
            List.of());

    ClockExplanation explained = ClockExplanation.of(clock, ClockFixtures.romeOffice());

    // Monday to Friday: a lunch break each day and four nights, 9 closed periods
    assertThat(explained.steps().stream().filter(s -> s.kind() == StepKind.CLOSED))
        .hasSize(ClockExplanation.MAX_CLOSED_PER_SEGMENT);
    assertThat(explained.steps())
        .filteredOn(s -> s.kind() == StepKind.MORE_CLOSED)
        .singleElement()
        .extracting(Step::count)
        .isEqualTo(3);
    assertThat(explained.stretches()).filteredOn(s -> s.kind() == StretchKind.CLOSED).hasSize(9);
  }

  @Test
  void saysABreachedClockWasUsedUpAndAPausedOneIsFrozen() {
    Instant start = rome("2026-02-02 10:00");
    List<TimelineSegment> timeline =
        List.of(new TimelineSegment(start, rome("2026-02-02 11:00"), true, "e1: created"));

    ClockExplanation breached =
        ClockExplanation.of(
            clock(ClockState.BREACHED, rome("2026-02-02 10:30"), timeline, List.of()), null);
    ClockExplanation paused =
        ClockExplanation.of(clock(ClockState.PAUSED, null, timeline, List.of()), null);

    assertThat(breached.steps())
        .extracting(Step::kind)
        .containsExactly(StepKind.STARTED, StepKind.SEGMENT, StepKind.TOTALS, StepKind.BREACHED);
    assertThat(breached.stretches())
        .containsExactly(
            new Stretch(StretchKind.COUNTING, start, rome("2026-02-02 11:00"), "e1: created"));
    assertThat(paused.steps()).extracting(Step::kind).endsWith(StepKind.FROZEN);
  }

  private static ClockResult clock(
      ClockState state,
      Instant breachedAt,
      List<TimelineSegment> timeline,
      List<EscalationCrossing> escalations) {
    Instant start = timeline.get(0).from();
    return new ClockResult(
        "t1",
        Metric.RESOLUTION,
        1,
        "P2",
        "rome-office",
        state,
        start,
        null,
        state == ClockState.PAUSED ? null : rome("2026-02-03 12:00"),
        breachedAt,
        8 * HOUR,
        (breachedAt == null ? 5 : 9) * HOUR,
        HOUR,
        escalations,
        timeline);
  }
}
