package org.accordo.app.clocks;

import com.fasterxml.jackson.annotation.JsonRawValue;
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
      String metric,
      int cycle,
      String priority,
      String calendar,
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
      @JsonRawValue String escalations,
      @JsonRawValue String timeline) {
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
