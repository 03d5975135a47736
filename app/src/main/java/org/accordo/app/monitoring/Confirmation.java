package org.accordo.app.monitoring;

import java.time.Instant;
import java.util.Optional;

/**
 * Turns check results into confirmed states: a service is down after {@code confirm_after}
 * consecutive failed checks, and its outage starts at the first of them; it is up again after
 * {@code recover_after} consecutive successes, and its outage ends at the first of those. A single
 * failure (or a success between failures) changes nothing. Pure: the caller stores the run and
 * opens or closes the outage.
 */
final class Confirmation {

  private Confirmation() {}

  /** What a result changed: nothing, an outage to open at {@code at}, or one to close. */
  enum Change {
    NONE,
    OPEN,
    CLOSE
  }

  /**
   * The run after {@code result}, and the change it confirms.
   *
   * @param at the outage's start (OPEN) or end (CLOSE); the check's start otherwise
   * @param evidence the failed or successful checks that confirm it
   */
  record Step(MonitorRun run, Change change, Instant at, String evidence) {}

  static Step next(MonitorRun run, CheckResult result, Cadence cadence) {
    return result.ok() ? success(run, result, cadence) : failure(run, result, cadence);
  }

  private static Step failure(MonitorRun run, CheckResult result, Cadence cadence) {
    int failures = run.failures() + 1;
    Instant since = failures == 1 ? result.at() : run.failingSince().orElse(result.at());
    String first = failures == 1 ? result.evidence() : run.firstFailure().orElse(result.evidence());
    boolean confirms = run.state() != ServiceState.DOWN && failures >= cadence.confirmAfter();
    ServiceState state = confirms ? ServiceState.DOWN : run.state();
    MonitorRun next =
        new MonitorRun(
            state,
            failures,
            0,
            Optional.of(since),
            Optional.of(first),
            Optional.empty(),
            run.outageId(),
            Optional.of(result));
    if (!confirms) {
      return new Step(next, Change.NONE, result.at(), "");
    }
    String evidence =
        failures
            + " failed checks from "
            + first
            + (failures > 1 ? " to " + result.evidence() : "");
    return new Step(next, Change.OPEN, since, evidence);
  }

  private static Step success(MonitorRun run, CheckResult result, Cadence cadence) {
    int successes = run.successes() + 1;
    Instant since = successes == 1 ? result.at() : run.recoveringSince().orElse(result.at());
    boolean down = run.state() == ServiceState.DOWN;
    boolean recovers = down && successes >= cadence.recoverAfter();
    ServiceState state = down && !recovers ? ServiceState.DOWN : ServiceState.UP;
    MonitorRun next =
        new MonitorRun(
            state,
            0,
            successes,
            Optional.empty(),
            Optional.empty(),
            Optional.of(since),
            run.outageId(),
            Optional.of(result));
    if (!recovers) {
      return new Step(next, Change.NONE, result.at(), "");
    }
    String evidence = successes + " successful checks from " + since + " to " + result.evidence();
    return new Step(next, Change.CLOSE, since, evidence);
  }
}
