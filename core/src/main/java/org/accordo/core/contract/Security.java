package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code security:} section. Each part may be missing; the linter reports missing measures,
 * backup and disaster recovery.
 *
 * @param measures the security measures in place
 * @param backup the backup promise, or empty
 * @param disasterRecovery the recovery objectives, or empty
 * @param dataProtection the data protection terms, or empty
 */
public record Security(
    List<String> measures,
    Optional<Backup> backup,
    Optional<DisasterRecovery> disasterRecovery,
    Optional<String> dataProtection) {

  /** A contract that says nothing about security. */
  public static final Security NONE =
      new Security(List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public Security {
    measures = List.copyOf(measures);
    Objects.requireNonNull(backup, "backup");
    Objects.requireNonNull(disasterRecovery, "disasterRecovery");
    Objects.requireNonNull(dataProtection, "dataProtection");
  }
}
