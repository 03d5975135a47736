package org.accordo.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Results folded into confirmed states: outages start at the first failure, end at the first
 * success.
 */
class ConfirmationTests {

  static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
  static final Cadence TWO_THEN_TWO =
      new Cadence(Duration.ofSeconds(60), Duration.ofSeconds(5), 2, 2);

  private static CheckResult up(int minute) {
    return CheckResult.up(T.plusSeconds(60L * minute), Optional.of(200), Duration.ofMillis(12));
  }

  private static CheckResult down(int minute) {
    return CheckResult.down(
        T.plusSeconds(60L * minute), CheckProblem.TIMEOUT, Optional.empty(), Duration.ofSeconds(5));
  }

  @Test
  void confirmAfterFailuresOpensAtTheFirstAndRecoverAfterSuccessesClosesAtTheFirst() {
    MonitorRun run = MonitorRun.fresh();
    Confirmation.Step step = Confirmation.next(run, up(0), TWO_THEN_TWO);
    assertThat(step.run().state()).isEqualTo(ServiceState.UP);
    step = Confirmation.next(step.run(), down(1), TWO_THEN_TWO);
    assertThat(step.change()).isEqualTo(Confirmation.Change.NONE);
    step = Confirmation.next(step.run(), down(2), TWO_THEN_TWO);
    assertThat(step.change()).isEqualTo(Confirmation.Change.OPEN);
    assertThat(step.at()).isEqualTo(T.plusSeconds(60));
    assertThat(step.evidence())
        .startsWith("2 failed checks from " + T.plusSeconds(60) + " timeout");
    step = Confirmation.next(step.run(), down(3), TWO_THEN_TWO);
    assertThat(step.change()).as("confirmed once").isEqualTo(Confirmation.Change.NONE);
    step = Confirmation.next(step.run(), up(4), TWO_THEN_TWO);
    assertThat(step.change()).isEqualTo(Confirmation.Change.NONE);
    assertThat(step.run().state()).isEqualTo(ServiceState.DOWN);
    step = Confirmation.next(step.run(), up(5), TWO_THEN_TWO);
    assertThat(step.change()).isEqualTo(Confirmation.Change.CLOSE);
    assertThat(step.at()).isEqualTo(T.plusSeconds(240));
    assertThat(step.run().state()).isEqualTo(ServiceState.UP);
  }

  @Test
  void aSuccessBetweenFailuresStartsTheCountAgain() {
    Confirmation.Step step = Confirmation.next(MonitorRun.fresh(), down(0), TWO_THEN_TWO);
    step = Confirmation.next(step.run(), up(1), TWO_THEN_TWO);
    step = Confirmation.next(step.run(), down(2), TWO_THEN_TWO);

    assertThat(step.change()).isEqualTo(Confirmation.Change.NONE);
    assertThat(step.run().failingSince()).contains(T.plusSeconds(120));
  }

  @Test
  void aWarningCountsAsUp() {
    CheckResult expiring =
        new CheckResult(
            T,
            CheckResult.Verdict.WARN,
            Optional.of(CheckProblem.CERTIFICATE_EXPIRING),
            Optional.empty(),
            Duration.ofMillis(30));

    Confirmation.Step step = Confirmation.next(MonitorRun.fresh(), expiring, TWO_THEN_TWO);

    assertThat(step.run().state()).isEqualTo(ServiceState.UP);
    assertThat(expiring.label()).isEqualTo("certificate expiring");
  }
}
