package org.accordo.app.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one check found.
 *
 * @param at when the check started
 * @param verdict up, up with a warning (a certificate expiring soon), or down
 * @param problem why it failed or warns; empty when up
 * @param status the HTTP status received, or empty
 * @param latency how long the check took
 */
public record CheckResult(
    Instant at,
    Verdict verdict,
    Optional<CheckProblem> problem,
    Optional<Integer> status,
    Duration latency) {

  /** Up, warning (still up), or down. */
  public enum Verdict {
    UP,
    WARN,
    DOWN
  }

  public CheckResult {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latency, "latency");
    if ((verdict == Verdict.UP) != problem.isEmpty()) {
      throw new IllegalArgumentException(
          "a check is up without a problem, or warns or fails with one; was " + verdict + problem);
    }
  }

  static CheckResult up(Instant at, Optional<Integer> status, Duration latency) {
    return new CheckResult(at, Verdict.UP, Optional.empty(), status, latency);
  }

  static CheckResult down(
      Instant at, CheckProblem problem, Optional<Integer> status, Duration latency) {
    return new CheckResult(at, Verdict.DOWN, Optional.of(problem), status, latency);
  }

  /** True unless down. */
  boolean ok() {
    return verdict != Verdict.DOWN;
  }

  /** What a customer reads: {@code ok}, {@code timeout}, {@code status 503}. */
  public String label() {
    if (problem.isEmpty()) {
      return "ok";
    }
    return problem.get() == CheckProblem.STATUS && status.isPresent()
        ? "status " + status.get()
        : problem.get().id();
  }

  /** The result in a few words of the fixed vocabulary, for an outage's evidence. */
  String evidence() {
    return at
        + " "
        + label()
        + status.map(s -> " (HTTP " + s + ")").orElse("")
        + ", "
        + latency.toMillis()
        + " ms";
  }
}
