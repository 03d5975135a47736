package org.accordo.bench.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.policy.TicketStatus;

/**
 * A contract whose SLA measures all five metrics on a business calendar, and a realistic ticket of
 * ten events: created, customer and agent replies, a wait for the customer, a plan, resolution.
 */
public final class ClockBenchFixtures {

  /** The contract the benchmarks and the CLI driver use. */
  public static final String CONTRACT =
      """
      contract:
        id: bench-2026
        title: Benchmark agreement
        version: 1
        effective: { from: 2026-01-01, to: 2027-12-31 }
        provider: { name: Provider Srl }
        customer: { name: Customer Srl }
      calendars:
        office:
          timezone: Europe/Rome
          hours:
            mon-fri: ["09:00-13:00", "14:00-18:00"]
          holidays: { country: IT }
        always: 24x7
      services:
        - { id: desk, name: Service desk, description: Remote support., hours: office }
      priorities:
        P1: { name: Critical, definition: Nobody can work. }
        P2: { name: High, definition: A team cannot work. }
        P3: { name: Normal, definition: One user is impaired. }
      slas:
        - id: desk
          services: [desk]
          metrics:
            first_response:
              P1: { target: 30m, calendar: always }
              P2: { target: 2h, calendar: office }
              P3: { target: 4h, calendar: office }
            resolution_plan:
              P1: { target: 2h, calendar: always }
              P2: { target: 8h, calendar: office }
              P3: { target: 16h, calendar: office }
            next_reply:
              P1: { target: 1h, calendar: always }
              P2: { target: 4h, calendar: office }
              P3: { target: 8h, calendar: office }
            periodic_update:
              P1: { target: 1h, calendar: always }
              P2: { target: 4h, calendar: office }
              P3: { target: 8h, calendar: office }
            resolution:
              P1: { target: 4h, calendar: always }
              P2: { target: 16h, calendar: office }
              P3: { target: 40h, calendar: office }
          pause_on:
            resolution: [waiting_customer, waiting_third_party]
          escalation:
            - { at: 0.5, level: L1 }
            - { at: 0.75, level: L2 }
            - { at: 1.0, level: L3 }
      escalation:
        levels:
          L1: { who: Service desk lead, email: lead@provider.example }
          L2: { who: Technical director, email: cto@provider.example }
          L3: { who: Managing director, email: ceo@provider.example }
      """;

  private ClockBenchFixtures() {}

  public static ClockEngine engine() {
    Contract contract = ContractLoader.load(CONTRACT, "bench-contract.yaml").orThrow();
    return new ClockEngine(
        contract.slas().get(0).policy(), contract.calendars(), Set.copyOf(contract.priorityIds()));
  }

  /** Ten events of ticket {@code id}, created at {@code start} (minute offsets over three days). */
  public static List<TicketEvent> ticket(String id, Instant start, String priority) {
    List<TicketEvent> events = new ArrayList<>(10);
    events.add(TicketEvent.created(id, id + "-e1", start, priority));
    events.add(TicketEvent.of(id, id + "-e2", EventType.CUSTOMER_REPLIED, start.plusSeconds(600)));
    events.add(
        TicketEvent.agentReplied(id, id + "-e3", start.plusSeconds(3_000), ReplyVisibility.PUBLIC));
    events.add(
        TicketEvent.statusChanged(
            id, id + "-e4", start.plusSeconds(3_600), TicketStatus.IN_PROGRESS));
    events.add(
        TicketEvent.statusChanged(
            id, id + "-e5", start.plusSeconds(9_000), TicketStatus.WAITING_CUSTOMER));
    events.add(
        TicketEvent.of(id, id + "-e6", EventType.CUSTOMER_REPLIED, start.plusSeconds(90_000)));
    events.add(
        TicketEvent.statusChanged(id, id + "-e7", start.plusSeconds(90_060), TicketStatus.OPEN));
    events.add(TicketEvent.of(id, id + "-e8", EventType.PLAN_PROVIDED, start.plusSeconds(100_000)));
    events.add(
        TicketEvent.agentReplied(
            id, id + "-e9", start.plusSeconds(101_000), ReplyVisibility.PUBLIC));
    events.add(
        TicketEvent.statusChanged(
            id, id + "-e10", start.plusSeconds(180_000), TicketStatus.RESOLVED));
    return events;
  }
}
