package org.accordo.app.clocks;

import java.time.Instant;
import java.util.Objects;

/**
 * How far the clock rebuild scheduled by the upload of a contract version has come.
 *
 * @param tickets the tickets scheduled at the upload
 * @param rebuilt the tickets rebuilt so far
 * @param failing the tickets still to do whose rebuild failed at least once (tried again later)
 * @param lastError the error of one failing ticket, or null when none fails
 * @param requestedBy the token that uploaded the version
 * @param completedAt when the last ticket was rebuilt; null while some are left
 */
public record ClockRebuildProgress(
    String customerId,
    int contractVersion,
    int tickets,
    int rebuilt,
    int failing,
    String lastError,
    Instant requestedAt,
    String requestedBy,
    Instant completedAt) {

  public ClockRebuildProgress {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(requestedBy, "requestedBy");
    if (rebuilt < 0 || rebuilt > tickets || failing < 0 || failing > tickets - rebuilt) {
      throw new IllegalArgumentException(
          "inconsistent progress: "
              + rebuilt
              + " rebuilt and "
              + failing
              + " failing of "
              + tickets);
    }
  }
}
