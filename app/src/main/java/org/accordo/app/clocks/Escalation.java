package org.accordo.app.clocks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * An escalation threshold a clock crossed, or its breach, recorded once.
 *
 * @param kind a threshold crossed or the breach
 * @param atFraction the threshold as a fraction of the target; 1 for a breach
 * @param level the escalation level told; for a breach the level of the highest threshold not above
 *     1, or null when the SLA has none
 * @param occurredAt when the clock crossed (the engine's {@code crossed_at} or {@code breached_at})
 * @param recordedAt when Accordo noticed and recorded it
 * @param recordedByNode the id of the node that recorded it ({@code accordo.node-id}); null for
 *     rows recorded before nodes were recorded
 */
public record Escalation(
    String id,
    String ticketId,
    String customerId,
    Metric metric,
    int cycle,
    EscalationKind kind,
    BigDecimal atFraction,
    String level,
    String priority,
    Instant occurredAt,
    Instant recordedAt,
    String recordedByNode) {

  public Escalation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(atFraction, "atFraction");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
