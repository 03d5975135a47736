package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    String type,
    String at,
    String priority,
    String status,
    @JsonProperty("public") Boolean isPublic,
    String from,
    String to,
    String reason,
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
