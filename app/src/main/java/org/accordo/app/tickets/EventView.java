package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.accordo.core.policy.Metric;

/** An event as the API shows it; fields that do not belong to its type are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
    String id,
    String ticketId,
    String type,
    Instant at,
    Instant recordedAt,
    String recordedBy,
    String priority,
    String status,
    @JsonProperty("public") Boolean isPublic,
    Instant from,
    Instant to,
    String reason,
    List<String> metrics) {
  public static EventView of(StoredEvent e) {
    return new EventView(
        e.id(),
        e.ticketId(),
        e.type().id(),
        e.at(),
        e.recordedAt(),
        e.recordedBy(),
        e.priority(),
        e.status() == null ? null : e.status().id(),
        e.isPublic(),
        e.from(),
        e.to(),
        e.reason(),
        e.metrics().isEmpty() ? null : e.metrics().stream().map(Metric::id).toList());
  }
}
