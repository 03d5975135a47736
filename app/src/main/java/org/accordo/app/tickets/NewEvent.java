package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.accordo.app.eventcodec.EventCodec;
import org.accordo.app.eventcodec.EventFields;
import org.accordo.app.eventcodec.EventPayload;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.web.Require;
import org.accordo.core.clock.EventType;

/**
 * The body of {@code POST /api/v1/tickets/{id}/events}, checked by the one {@link EventCodec} (each
 * type takes its own fields and no others, SLA semantics §2) with a refusal naming the field, and
 * by the API's own rules: {@code at} is optional (default: the server's now), instants are kept to
 * the millisecond, a priority has the form of a priority id, a reason is at most 1,000 characters,
 * and a ticket's {@code created} event is recorded by creating the ticket. Checks that need the
 * ticket or the clock (before creation, too far in the future) are the service's.
 */
public record NewEvent(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {
              "priority_changed",
              "status_changed",
              "agent_replied",
              "customer_replied",
              "plan_provided",
              "excluded",
              "cancelled"
            })
        String type,
    @Schema(
            format = "date-time",
            description =
                "When it happened (default: now); staff only: a customer's reply is dated by the"
                    + " server")
        String at,
    @Schema(description = "priority_changed: the new priority", example = "P1") String priority,
    @Schema(
            description = "status_changed: the new status",
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
    @Schema(description = "agent_replied (required): whether the customer saw the reply")
        @JsonProperty("public")
        Boolean isPublic,
    @Schema(format = "date-time", description = "excluded (required): start of the excluded time")
        String from,
    @Schema(format = "date-time", description = "excluded (required): its end, after from")
        String to,
    @Schema(maxLength = 1000, description = "excluded (required): why the time does not count")
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
                    }),
            arraySchema = @Schema(description = "excluded: the metrics excluded; absent: all"))
        List<String> metrics) {

  /** The API's frame of a problem: a refusal naming the field. */
  static final EventCodec.Problems AS_FIELD = InvalidField::new;

  public NewEvent {
    EventType kind = kind(type);
    Require.optionalInstant(at, "at");
    EventCodec.payload(
        kind, new EventFields(priority, status, isPublic, from, to, reason, metrics), AS_FIELD);
    if (priority != null) {
      TicketValues.priority(priority, "priority");
    }
    if (reason != null) {
      reason = Require.text(reason, "reason", 1000);
    }
  }

  private static EventType kind(String type) {
    Require.present(type, "type");
    EventType kind = EventCodec.type(type, AS_FIELD);
    if (kind == EventType.CREATED) {
      throw new InvalidField(
          "type",
          "a ticket's created event is recorded by creating the ticket (POST /api/v1/tickets)");
    }
    return kind;
  }

  EventType eventType() {
    return EventType.fromId(type).orElseThrow();
  }

  /** {@code at}, or null when the server's now applies. */
  Instant atInstant() {
    return Require.optionalInstant(at, "at");
  }

  /** What the event says, typed by the codec, its instants kept to the millisecond. */
  EventPayload payload() {
    EventPayload p =
        EventCodec.payload(
            eventType(),
            new EventFields(priority, status, isPublic, from, to, reason, metrics),
            AS_FIELD);
    return new EventPayload(
        p.priority(),
        p.status(),
        p.isPublic(),
        p.from() == null ? null : p.from().truncatedTo(ChronoUnit.MILLIS),
        p.to() == null ? null : p.to().truncatedTo(ChronoUnit.MILLIS),
        p.reason(),
        p.metrics());
  }
}
