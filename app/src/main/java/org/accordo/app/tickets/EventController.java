package org.accordo.app.tickets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tickets/{id}/events}: appends an event (idempotently with {@code Idempotency-Key})
 * and reads them back in fold order.
 */
@Tag(name = "Tickets")
@RestController
class EventController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 200;

  private final EventService events;
  private final EventIntake intake;
  private final TicketService tickets;

  EventController(EventService events, EventIntake intake, TicketService tickets) {
    this.events = events;
    this.intake = intake;
    this.tickets = tickets;
  }

  @Operation(
      operationId = "listTicketEvents",
      summary = "List a ticket's events in the order they are folded")
  @GetMapping("/api/v1/tickets/{id}/events")
  List<EventView> list(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return tickets.get(caller, id).events().stream().map(EventView::of).toList();
  }

  @Operation(operationId = "getTicketEvent", summary = "Read one event of a ticket")
  @GetMapping("/api/v1/tickets/{id}/events/{eventId}")
  EventView get(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @PathVariable String eventId) {
    return tickets.get(caller, id).events().stream()
        .filter(e -> e.id().equals(eventId))
        .findFirst()
        .map(EventView::of)
        .orElseThrow(() -> new EventNotVisible(eventId));
  }

  @Operation(
      operationId = "appendTicketEvent",
      summary = "Append an event to a ticket; a customer token only replies, dated by the server",
      description =
          "With Idempotency-Key, a retry of the same request answers the event stored the first"
              + " time (header Idempotent-Replayed: true); the same key with another request is"
              + " refused with 422 idempotency-key-reused.")
  @ApiResponse(
      responseCode = "403",
      description = "A customer token posted another type (field type) or dated its reply (at)")
  @ApiResponse(
      responseCode = "422",
      description = "The Idempotency-Key was used for another request (idempotency-key-reused)")
  @PostMapping("/api/v1/tickets/{id}/events")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<EventView> append(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Parameter(
              description = "1 to 200 visible ASCII characters; makes a retry harmless",
              schema = @Schema(maxLength = 200))
          @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
          String key,
      @RequestBody NewEvent request) {
    checkKey(key);
    EventService.Appended appended;
    try {
      appended = intake.append(caller, id, key, request);
    } catch (DuplicateKeyException race) {
      // a concurrent request with the same key stored its event first: answer as a retry would be
      if (key == null) {
        throw race;
      }
      appended = events.replay(caller, id, key, request).orElseThrow(() -> race);
    }
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(HttpStatus.CREATED)
            .location(URI.create("/api/v1/tickets/" + id + "/events/" + appended.event().id()));
    if (appended.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.body(EventView.of(appended.event()));
  }

  static void checkKey(String key) {
    if (key == null) {
      return;
    }
    if (key.isEmpty()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidField(
          IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
    }
  }
}
