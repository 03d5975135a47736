package org.accordo.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The inverse question on small samples worked out by hand. */
class ElapsedSampleTests {

  private static final long MINUTE = 60_000;

  private static ElapsedSample settled(long... millis) {
    ElapsedSample.Builder sample = new ElapsedSample.Builder();
    for (int i = 0; i < millis.length; i++) {
      sample.settled(millis[i], "T" + i);
    }
    return sample.build();
  }

  @Test
  void theSmallestTargetIsTheElapsedTimeOfTheClockThatReachesTheGoal() {
    // ten clocks of 10..100 minutes; 90% means 9 met: the 9th smallest, 90 minutes
    ElapsedSample sample =
        settled(
            100 * MINUTE,
            10 * MINUTE,
            20 * MINUTE,
            30 * MINUTE,
            40 * MINUTE,
            50 * MINUTE,
            60 * MINUTE,
            70 * MINUTE,
            80 * MINUTE,
            90 * MINUTE);
    SmallestTarget target = sample.smallestFor(new BigDecimal("0.9")).orElseThrow();
    assertThat(target.exact()).isEqualTo(Duration.ofMinutes(90));
    assertThat(target.written()).isEqualTo("1h30m");
    assertThat(target.met()).isEqualTo(9);
    assertThat(target.clocks()).isEqualTo(10);
    assertThat(target.ticket()).isEqualTo("T9");
    // 91% needs ceil(9.1) = 10 met: the largest
    assertThat(sample.smallestFor(new BigDecimal("0.91")).orElseThrow().exact())
        .isEqualTo(Duration.ofMinutes(100));
    // 100% as well
    assertThat(sample.smallestFor(BigDecimal.ONE).orElseThrow().exact())
        .isEqualTo(Duration.ofMinutes(100));
    // 10% needs one met: the smallest
    assertThat(sample.smallestFor(new BigDecimal("0.1")).orElseThrow().exact())
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void anElapsedTimeBetweenSecondsRoundsUpToTheNextSecondAndMinute() {
    // 5h23m16.001s: 5h23m16s would breach this clock, 5h23m17s meets it
    long elapsed = Duration.parse("PT5H23M16.001S").toMillis();
    SmallestTarget target = settled(elapsed).smallestFor(BigDecimal.ONE).orElseThrow();
    assertThat(target.written()).isEqualTo("5h23m17s");
    assertThat(target.writtenInMinutes()).isEqualTo("5h24m");
    assertThat(target.met()).isEqualTo(1);
  }

  @Test
  void noTargetIsShorterThanASecond() {
    // a reply in the same instant as the creation: 0 ms; the grammar's smallest target is 1s
    SmallestTarget target = settled(0, 0).smallestFor(BigDecimal.ONE).orElseThrow();
    assertThat(target.written()).isEqualTo("1s");
    assertThat(target.writtenInMinutes()).isEqualTo("1m");
    assertThat(target.met()).isEqualTo(2);
  }

  @Test
  void tiesCountTogether() {
    // 30, 30, 30, 60 minutes: 50% is met at 30 minutes already (3 of 4)
    SmallestTarget target =
        settled(30 * MINUTE, 30 * MINUTE, 60 * MINUTE, 30 * MINUTE)
            .smallestFor(new BigDecimal("0.5"))
            .orElseThrow();
    assertThat(target.exact()).isEqualTo(Duration.ofMinutes(30));
    assertThat(target.met()).isEqualTo(3);
    assertThat(target.ticket()).isEqualTo("T0");
  }

  @Test
  void updateCyclesCutAtResolutionCountOnlyWhenTheyBreach() {
    // Settled (ended by a reply): 10, 20, 40 minutes. Cut at resolution: 30 and 50 minutes.
    // target 20m: met 10, 20; breached 40 + cut 30, 50 -> 2 of 5 = 40%
    // target 30m: met 10, 20; breached 40 + cut 50 (30 is dropped) -> 2 of 4 = 50%
    // target 40m: met 10, 20, 40; breached cut 50 -> 3 of 4 = 75%
    // target 50m: met all 3 settled, both cut dropped -> 3 of 3 = 100%
    ElapsedSample.Builder builder = new ElapsedSample.Builder();
    builder.settled(10 * MINUTE, "A").settled(20 * MINUTE, "B").settled(40 * MINUTE, "C");
    builder.cutAtResolution(30 * MINUTE, "D").cutAtResolution(50 * MINUTE, "E");
    ElapsedSample sample = builder.build();

    SmallestTarget half = sample.smallestFor(new BigDecimal("0.5")).orElseThrow();
    assertThat(half.exact()).isEqualTo(Duration.ofMinutes(30));
    assertThat(half.met()).isEqualTo(2);
    assertThat(half.clocks()).isEqualTo(4);
    assertThat(half.ticket()).isEqualTo("D");
    assertThat(sample.smallestFor(new BigDecimal("0.75")).orElseThrow().exact())
        .isEqualTo(Duration.ofMinutes(40));
    SmallestTarget all = sample.smallestFor(new BigDecimal("0.8")).orElseThrow();
    assertThat(all.exact()).isEqualTo(Duration.ofMinutes(50));
    assertThat(all.clocks()).isEqualTo(3);
    // at 10m 1 of 5 is 20%; at 20m 2 of 5 = 40%
    assertThat(sample.smallestFor(new BigDecimal("0.4")).orElseThrow().exact())
        .isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void noClockNoAnswer() {
    assertThat(settled().smallestFor(new BigDecimal("0.95"))).isEmpty();
  }
}
