package org.accordo.core.contract;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The backup promise.
 *
 * @param frequency e.g. {@code daily}
 * @param retention how long copies are kept, or empty
 * @param offsite whether a copy is kept off site, or empty when the contract does not say
 * @param restoreTest how often a restore is tested, e.g. {@code quarterly}, or empty
 */
public record Backup(
    String frequency,
    Optional<Duration> retention,
    Optional<Boolean> offsite,
    Optional<String> restoreTest) {

  public Backup {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(offsite, "offsite");
    Objects.requireNonNull(restoreTest, "restoreTest");
  }
}
