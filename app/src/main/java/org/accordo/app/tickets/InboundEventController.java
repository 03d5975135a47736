package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.accordo.app.inbound.InboundSources;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/inbound/events}: events from another PSA, authenticated by an HMAC-SHA256
 * signature of the body instead of a bearer token. The signature is checked on the raw bytes before
 * the body is parsed.
 */
@RestController
class InboundEventController {

  private final InboundSources sources;
  private final InboundEventService inbound;
  private final JsonMapper json;

  InboundEventController(InboundSources sources, InboundEventService inbound, JsonMapper json) {
    this.sources = sources;
    this.inbound = inbound;
    this.json = json;
  }

  /** What a delivery stored: the ticket, and the event unless the delivery opened the ticket. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReceivedView(TicketView ticket, EventView event) {}

  @PostMapping(path = "/api/v1/inbound/events", consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  ReceivedView receive(
      @RequestHeader(name = "X-Accordo-Source", required = false) String sourceId,
      @RequestHeader(name = "X-Accordo-Signature", required = false) String signature,
      @RequestHeader(name = EventController.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody byte[] body) {
    InboundSources.Verified delivery = sources.verify(sourceId, signature, body);
    EventController.checkKey(key);
    InboundEvent event = json.readValue(body, InboundEvent.class);
    InboundEventService.Received received = inbound.receive(delivery, event, key);
    return new ReceivedView(
        TicketView.of(received.ticket()),
        received.appended() == null ? null : EventView.of(received.appended().event()));
  }
}
