package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.accordo.app.eventcodec.EventCodec;
import org.accordo.app.eventcodec.EventFields;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.web.Require;
import org.accordo.core.clock.EventType;

/**
 * The body of {@code POST /api/v1/inbound/events}: an event of a ticket known by its id in another
 * PSA. A {@code created} event opens the ticket (with {@code subject}, {@code priority}, optional
 * {@code service}); every other type is checked as {@link NewEvent} is.
 */
record InboundEvent(
    String customerId,
    String externalTicketId,
    String type,
    String at,
    String subject,
    String service,
    String priority,
    String status,
    @JsonProperty("public") Boolean isPublic,
    String from,
    String to,
    String reason,
    List<String> metrics) {

  InboundEvent {
    customerId = Require.id(customerId, "customer_id");
    externalTicketId = Require.text(externalTicketId, "external_ticket_id", 200);
    Require.present(type, "type");
    if (EventType.CREATED.id().equals(type)) {
      subject = Require.text(subject, "subject", 500);
      priority = TicketValues.priority(priority, "priority");
      service = TicketValues.service(service, "service");
      Require.optionalInstant(at, "at");
      EventCodec.payload(
          EventType.CREATED,
          new EventFields(priority, status, isPublic, from, to, reason, metrics),
          NewEvent.AS_FIELD);
    } else {
      rejectPresent(type, "subject", subject, "service", service);
      new NewEvent(type, at, priority, status, isPublic, from, to, reason, metrics);
    }
  }

  boolean opensTicket() {
    return EventType.CREATED.id().equals(type);
  }

  NewEvent event() {
    return new NewEvent(type, at, priority, status, isPublic, from, to, reason, metrics);
  }

  /**
   * @param namesAndValues field name, value, field name, value, ...
   */
  private static void rejectPresent(String type, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        throw new InvalidField(
            (String) namesAndValues[i], "does not belong to a " + type + " event");
      }
    }
  }
}
