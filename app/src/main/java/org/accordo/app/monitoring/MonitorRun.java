package org.accordo.app.monitoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A monitor's run of results, as {@link Confirmation} folds them.
 *
 * @param state what the confirmed results say
 * @param failures consecutive failed checks up to the last
 * @param successes consecutive successful checks up to the last
 * @param failingSince the first failed check of the current failures (an outage's start)
 * @param firstFailure that check's evidence
 * @param recoveringSince the first successful check of the current successes (an outage's end)
 * @param outageId the outage this monitor opened and has not closed
 * @param last the last check's result
 */
record MonitorRun(
    ServiceState state,
    int failures,
    int successes,
    Optional<Instant> failingSince,
    Optional<String> firstFailure,
    Optional<Instant> recoveringSince,
    Optional<String> outageId,
    Optional<CheckResult> last) {

  MonitorRun {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(failingSince, "failingSince");
    Objects.requireNonNull(firstFailure, "firstFailure");
    Objects.requireNonNull(recoveringSince, "recoveringSince");
    Objects.requireNonNull(outageId, "outageId");
    Objects.requireNonNull(last, "last");
  }

  /** A monitor that has not checked yet. */
  static MonitorRun fresh() {
    return new MonitorRun(
        ServiceState.UNKNOWN,
        0,
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  MonitorRun withOutage(Optional<String> outage) {
    return new MonitorRun(
        state, failures, successes, failingSince, firstFailure, recoveringSince, outage, last);
  }
}
