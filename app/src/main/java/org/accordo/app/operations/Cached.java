package org.accordo.app.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value computed at most once per {@code ttl} of the server's clock, for metrics read by
 * scrapers: however often they ask, the database answers once per {@code ttl}. Thread-safe.
 *
 * @param <T> the value
 */
public final class Cached<T> {

  private final Function<Instant, T> load;
  private final Clock clock;
  private final Duration ttl;
  private Instant loadedAt;
  private T value;

  /**
   * @param load computes the value at the instant given (the server clock's now)
   * @param ttl how long a value is served before it is computed again; zero computes it every time
   */
  public Cached(Function<Instant, T> load, Clock clock, Duration ttl) {
    this.load = Objects.requireNonNull(load, "load");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must not be negative, was " + ttl);
    }
  }

  /** The value, computed again when the last one is older than the ttl (or the clock went back). */
  public synchronized T get() {
    Instant now = clock.instant();
    if (loadedAt == null || now.isBefore(loadedAt) || !now.isBefore(loadedAt.plus(ttl))) {
      value = load.apply(now);
      loadedAt = now;
    }
    return value;
  }
}
