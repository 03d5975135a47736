package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.accordo.core.policy.Metric;

/** An event as the API shows it; fields that do not belong to its type are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
    String id,
    String ticketId,
    @Schema(
            allowableValues = {
              "created",
              "priority_changed",
              "status_changed",
              "agent_replied",
              "customer_replied",
              "plan_provided",
              "excluded",
              "cancelled"
            })
        String type,
    Instant at,
    Instant recordedAt,
    String recordedBy,
    String priority,
    @Schema(
            allowableValues = {
              "new",
              "open",
              "in_progress",
              "waiting_customer",
              "waiting_third_party",
              "on_hold",
              "resolved",
              "closed"
            })
        String status,
    @JsonProperty("public") Boolean isPublic,
    Instant from,
    Instant to,
    String reason,
    @ArraySchema(
            schema =
                @Schema(
                    allowableValues = {
                      "first_response",
                      "resolution_plan",
                      "next_reply",
                      "periodic_update",
                      "resolution"
                    }))
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
