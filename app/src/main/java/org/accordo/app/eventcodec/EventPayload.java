package org.accordo.app.eventcodec;

import java.time.Instant;
import java.util.List;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;

/**
 * An event's payload as checked by {@link EventCodec}: the fields its type carries, typed; the
 * others null (and {@code metrics} empty).
 *
 * @param metrics the excluded metrics; empty for all of them (and for other types)
 */
public record EventPayload(
    String priority,
    TicketStatus status,
    Boolean isPublic,
    Instant from,
    Instant to,
    String reason,
    List<Metric> metrics) {

  public EventPayload {
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
  }

  /** The visibility of an {@code agent_replied} event, else null. */
  public ReplyVisibility visibility() {
    return isPublic == null ? null : isPublic ? ReplyVisibility.PUBLIC : ReplyVisibility.INTERNAL;
  }
}
