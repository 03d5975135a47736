package org.accordo.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.accordo.app.support.SettableClock;
import org.junit.jupiter.api.Test;

class CachedTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final SettableClock clock = new SettableClock(T0);
  private final AtomicInteger loads = new AtomicInteger();
  private final Cached<Integer> cached =
      new Cached<>(now -> loads.incrementAndGet(), clock, Duration.ofSeconds(5));

  @Test
  void servesOneValueForTheTtlThenComputesItAgain() {
    assertThat(cached.get()).isEqualTo(1);
    clock.advance(Duration.ofMillis(4_999));
    assertThat(cached.get()).isEqualTo(1);
    clock.advance(Duration.ofMillis(1));
    assertThat(cached.get()).isEqualTo(2);
    assertThat(loads).hasValue(2);
  }

  @Test
  void aClockThatWentBackComputesTheValueAgain() {
    cached.get();
    clock.set(T0.minusSeconds(60));

    assertThat(cached.get()).isEqualTo(2);
  }

  @Test
  void aZeroTtlComputesEveryTime() {
    Cached<Integer> uncached = new Cached<>(now -> loads.incrementAndGet(), clock, Duration.ZERO);

    uncached.get();
    uncached.get();

    assertThat(loads).hasValue(2);
  }
}
