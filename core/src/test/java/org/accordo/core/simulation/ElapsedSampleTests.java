package org.accordo.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The inverse question on small samples worked out by hand. */
class ElapsedSampleTests {

  private static final long MINUTE = 60_000;

  private static ElapsedSample sample(long... millis) {
    Values values = new Values();
    for (int i = 0; i < millis.length; i++) {
      values.add(millis[i], "T" + i);
    }
    return new ElapsedSample(values);
  }

  @Test
  void theSmallestTargetIsTheElapsedTimeOfTheClockThatReachesTheGoal() {
    // ten clocks of 10..100 minutes; 90% means 9 met: the 9th smallest, 90 minutes
    ElapsedSample sample =
        sample(
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
    SmallestTarget target = sample(elapsed).smallestFor(BigDecimal.ONE).orElseThrow();
    assertThat(target.written()).isEqualTo("5h23m17s");
    assertThat(target.writtenInMinutes()).isEqualTo("5h24m");
    assertThat(target.met()).isEqualTo(1);
  }

  @Test
  void noTargetIsShorterThanASecond() {
    // a reply in the same instant as the creation: 0 ms; the grammar's smallest target is 1s
    SmallestTarget target = sample(0, 0).smallestFor(BigDecimal.ONE).orElseThrow();
    assertThat(target.written()).isEqualTo("1s");
    assertThat(target.writtenInMinutes()).isEqualTo("1m");
    assertThat(target.met()).isEqualTo(2);
  }

  @Test
  void tiesCountTogether() {
    // 30, 30, 30, 60 minutes: 50% is met at 30 minutes already (3 of 4)
    SmallestTarget target =
        sample(30 * MINUTE, 30 * MINUTE, 60 * MINUTE, 30 * MINUTE)
            .smallestFor(new BigDecimal("0.5"))
            .orElseThrow();
    assertThat(target.exact()).isEqualTo(Duration.ofMinutes(30));
    assertThat(target.met()).isEqualTo(3);
    assertThat(target.ticket()).isEqualTo("T0");
  }

  @Test
  void theClocksMetAreCountedAtTheRoundedTarget() {
    // 30% of 3 clocks needs ceil(0.9) = 1 met: the smallest, 10m00.2s, sets the target; rounded
    // up to 10m01s it meets the 10m00.7s clock too
    SmallestTarget target =
        sample(10 * MINUTE + 700, 10 * MINUTE + 200, 20 * MINUTE)
            .smallestFor(new BigDecimal("0.3"))
            .orElseThrow();
    assertThat(target.written()).isEqualTo("10m1s");
    assertThat(target.writtenInMinutes()).isEqualTo("11m");
    assertThat(target.met()).isEqualTo(2);
    assertThat(target.clocks()).isEqualTo(3);
    assertThat(target.ticket()).isEqualTo("T1");
  }

  @Test
  void percentilesAreByNearestRank() {
    // five clocks: the median is the ceil(2.5) = 3rd smallest, p90 the ceil(4.5) = 5th
    ElapsedSample sample = sample(50 * MINUTE, 10 * MINUTE, 40 * MINUTE, 20 * MINUTE, 30 * MINUTE);
    assertThat(sample.percentile(50)).contains(Duration.ofMinutes(30));
    assertThat(sample.percentile(90)).contains(Duration.ofMinutes(50));
    // one clock is every percentile
    assertThat(sample(7 * MINUTE).percentile(50)).contains(Duration.ofMinutes(7));
  }

  @Test
  void noClockNoAnswer() {
    assertThat(sample().smallestFor(new BigDecimal("0.95"))).isEmpty();
    assertThat(sample().percentile(50)).isEmpty();
  }
}
