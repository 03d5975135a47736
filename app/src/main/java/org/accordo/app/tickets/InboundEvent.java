package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "bianchi") String customerId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "PSA-1001")
        String externalTicketId,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
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
    @Schema(format = "date-time", description = "When it happened (default: now)") String at,
    @Schema(maxLength = 500, description = "created (required): the subject") String subject,
    @Schema(description = "created: the contract service it concerns") String service,
    @Schema(description = "created (required), priority_changed: the priority") String priority,
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
