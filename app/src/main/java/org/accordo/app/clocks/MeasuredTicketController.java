package org.accordo.app.clocks;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.EventView;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.tickets.TicketView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}}: a ticket with its events, the SLA that measures it and its
 * clocks. Answered by the module that owns the clocks, which reads the ticket through the tickets
 * module (its visibility check first: another customer's ticket is "not found").
 */
@Tag(name = "Tickets")
@RestController
class MeasuredTicketController {

  private final TicketService tickets;
  private final TicketClocks clocks;

  MeasuredTicketController(TicketService tickets, TicketClocks clocks) {
    this.tickets = tickets;
    this.clocks = clocks;
  }

  /**
   * A ticket with its events (in the order they are folded), the SLA that measures it and its
   * clocks.
   */
  record TicketDetail(
      TicketView ticket, SlaView sla, List<ClockView> clocks, List<EventView> events) {}

  /** The contract version and SLA that measure a ticket. */
  record SlaView(int contractVersion, String slaId) {
    static SlaView of(TicketSla s) {
      return new SlaView(s.contractVersion(), s.slaId());
    }
  }

  /**
   * A clock as stored: the engine's numbers as of {@code computed_at}, with its escalations and
   * timeline.
   */
  record ClockView(
      @Schema(
              allowableValues = {
                "first_response",
                "resolution_plan",
                "next_reply",
                "periodic_update",
                "resolution"
              })
          String metric,
      int cycle,
      String priority,
      String calendar,
      @Schema(allowableValues = {"running", "paused", "met", "breached", "cancelled", "superseded"})
          String state,
      Instant startedAt,
      Instant stoppedAt,
      Instant dueAt,
      Instant breachedAt,
      long targetSeconds,
      long elapsedSeconds,
      long pausedSeconds,
      long remainingSeconds,
      Instant nextCheckAt,
      Instant computedAt,
      @ArraySchema(schema = @Schema(implementation = ThresholdView.class)) @JsonRawValue
          String escalations,
      @ArraySchema(schema = @Schema(implementation = SpanView.class)) @JsonRawValue
          String timeline) {
    static ClockView of(StoredClock c) {
      return new ClockView(
          c.metric().id(),
          c.cycle(),
          c.priority(),
          c.calendar(),
          c.state().id(),
          c.startedAt(),
          c.stoppedAt(),
          c.dueAt(),
          c.breachedAt(),
          c.targetSeconds(),
          c.elapsedSeconds(),
          c.pausedSeconds(),
          c.remainingSeconds(),
          c.nextCheckAt(),
          c.computedAt(),
          c.escalationsJson(),
          c.timelineJson());
    }
  }

  /**
   * An escalation threshold of a clock, as {@code escalations} holds it ({@link ClockRows}).
   *
   * @param crossedAt when the clock crossed it, or null
   * @param expectedAt when it will cross it if nothing changes, or null
   */
  record ThresholdView(
      BigDecimal atFraction, String level, Instant crossedAt, Instant expectedAt) {}

  /** A span of a clock's timeline: whether it counted, and why ({@link ClockRows}). */
  record SpanView(Instant from, Instant to, boolean counting, String why) {}

  @Operation(
      operationId = "getTicket",
      summary = "Read a ticket with its SLA, its clocks and its events")
  @GetMapping("/api/v1/tickets/{id}")
  TicketDetail get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    TicketService.TicketWithEvents found = tickets.get(caller, id);
    return new TicketDetail(
        TicketView.of(found.ticket()),
        clocks.sla(id).map(SlaView::of).orElse(null),
        clocks.clocks(id).stream().map(ClockView::of).toList(),
        found.events().stream().map(EventView::of).toList());
  }
}
