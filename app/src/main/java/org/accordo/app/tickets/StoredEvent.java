package org.accordo.app.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.accordo.app.eventcodec.EventCodec;
import org.accordo.app.eventcodec.EventPayload;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;

/**
 * One event of a ticket as Accordo recorded it: what happened (its payload, checked by the one
 * {@link EventCodec}) and who told Accordo when. Which of the optional fields are set depends on
 * the type: {@code created} and {@code priority_changed} carry {@code priority}; {@code
 * status_changed} carries {@code status}; {@code agent_replied} carries {@code isPublic}; {@code
 * excluded} carries {@code from}, {@code to}, {@code reason} and {@code metrics} (empty: all
 * metrics).
 *
 * @param seq the arrival order among all events, breaking ties of equal {@code at}
 * @param at when it happened (folded in this order)
 * @param recordedAt when Accordo received it
 * @param recordedBy the id of the token that sent it
 */
public record StoredEvent(
    long seq,
    String id,
    String ticketId,
    String customerId,
    EventType type,
    Instant at,
    Instant recordedAt,
    String recordedBy,
    String priority,
    TicketStatus status,
    Boolean isPublic,
    Instant from,
    Instant to,
    String reason,
    List<Metric> metrics) {

  public StoredEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
  }

  /** A stored event with its payload as the event codec typed it. */
  public static StoredEvent of(
      long seq,
      String id,
      String ticketId,
      String customerId,
      EventType type,
      Instant at,
      Instant recordedAt,
      String recordedBy,
      EventPayload payload) {
    return new StoredEvent(
        seq,
        id,
        ticketId,
        customerId,
        type,
        at,
        recordedAt,
        recordedBy,
        payload.priority(),
        payload.status(),
        payload.isPublic(),
        payload.from(),
        payload.to(),
        payload.reason(),
        payload.metrics());
  }

  /** What happened, without who recorded it. */
  public EventPayload payload() {
    return new EventPayload(priority, status, isPublic, from, to, reason, metrics);
  }

  /** The event as the clock engine folds it. */
  public TicketEvent toCore() {
    return EventCodec.toCore(ticketId, id, type, at, payload());
  }

  /** This event with the arrival order the database gave it. */
  public StoredEvent withSeq(long storedSeq) {
    return new StoredEvent(
        storedSeq,
        id,
        ticketId,
        customerId,
        type,
        at,
        recordedAt,
        recordedBy,
        priority,
        status,
        isPublic,
        from,
        to,
        reason,
        metrics);
  }
}
