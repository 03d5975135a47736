package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Inbound webhook", description = "Ticket events from another PSA, signed by HMAC")
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

  @Operation(
      operationId = "receiveInboundEvent",
      summary = "Receive a ticket event from a registered PSA, authenticated by its signature",
      description =
          "No bearer token: X-Accordo-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of t, a"
              + " dot and the body's bytes, keyed with the source's secret>. A created event opens"
              + " the ticket; other types are added to the ticket with that external id.",
      security = {})
  @SecurityRequirements // none: the signature authenticates it
  @ApiResponse(
      responseCode = "401",
      description =
          "Missing or bad signature, unknown or disabled source, timestamp more than 5 minutes"
              + " off, or a replayed signature")
  @ApiResponse(responseCode = "404", description = "No ticket with this external id")
  @ApiResponse(responseCode = "409", description = "A second created event for one external id")
  @ApiResponse(
      responseCode = "422",
      description = "The Idempotency-Key was used for another request (idempotency-key-reused)")
  @PostMapping(path = "/api/v1/inbound/events", consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  ReceivedView receive(
      @Parameter(description = "The id of the registered source", required = true)
          @RequestHeader(name = "X-Accordo-Source", required = false)
          String sourceId,
      @Parameter(
              description = "t=<unix seconds>,v1=<64 lowercase hex digits> (several v1 allowed)",
              required = true)
          @RequestHeader(name = "X-Accordo-Signature", required = false)
          String signature,
      @Parameter(description = "1 to 200 visible ASCII characters; makes a retry harmless")
          @RequestHeader(name = EventController.IDEMPOTENCY_KEY, required = false)
          String key,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = InboundEvent.class)))
          @RequestBody
          byte[] body) {
    InboundSources.Verified delivery = sources.verify(sourceId, signature, body);
    EventController.checkKey(key);
    InboundEvent event = json.readValue(body, InboundEvent.class);
    InboundEventService.Received received = inbound.receive(delivery, event, key);
    return new ReceivedView(
        TicketView.of(received.ticket()),
        received.appended() == null ? null : EventView.of(received.appended().event()));
  }
}
