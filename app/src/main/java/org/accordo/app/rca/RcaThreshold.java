package org.accordo.app.rca;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An escalation threshold of an RCA's clock, or its breach ({@code kind} {@code breach}, fraction
 * 1), due at its instant on the RCA's calendar and recorded once.
 *
 * @param level the escalation level told, or null
 * @param recordedAt when a node recorded it, or null while not yet
 * @param recordedByNode the id of that node, or null
 */
public record RcaThreshold(
    String rcaId,
    String kind,
    BigDecimal atFraction,
    String level,
    String customerId,
    Instant dueAt,
    Instant recordedAt,
    String recordedByNode) {

  public RcaThreshold {
    Objects.requireNonNull(rcaId, "rcaId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(atFraction, "atFraction");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
