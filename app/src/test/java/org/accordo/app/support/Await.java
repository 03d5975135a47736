package org.accordo.app.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something the server does in the background (its scheduler, its dispatcher). */
public final class Await {

  private Await() {}

  /**
   * Returns the first value of {@code probe} that {@code done} accepts, asking every 50 ms.
   *
   * @throws AssertionError with the last value when {@code within} passes first
   */
  public static <T> T until(Duration within, Supplier<T> probe, Predicate<T> done, String what) {
    long deadline = System.nanoTime() + within.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + within + ": " + what + "; last seen: " + value);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
      value = probe.get();
    }
    return value;
  }
}
