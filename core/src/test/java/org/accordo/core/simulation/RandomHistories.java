package org.accordo.core.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.report.TicketHistory;

/**
 * Random ticket histories and outages over February and March 2026 (across the change to summer
 * time), for the simulator's properties: every kind of event, at distinct minutes, on tickets that
 * start on any day and may span weekends and months.
 */
final class RandomHistories {

  private static final Instant BASE = Instant.parse("2026-02-01T00:00:00Z");
  private static final TicketStatus[] STATUSES = {
    TicketStatus.OPEN,
    TicketStatus.IN_PROGRESS,
    TicketStatus.WAITING_CUSTOMER,
    TicketStatus.WAITING_THIRD_PARTY,
    TicketStatus.ON_HOLD,
    TicketStatus.RESOLVED,
    TicketStatus.CLOSED
  };

  private RandomHistories() {}

  static List<TicketHistory> tickets(long seed, int count, List<String> priorities) {
    Random random = new Random(seed);
    List<TicketHistory> tickets = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      tickets.add(ticket("T" + t, random, priorities));
    }
    return tickets;
  }

  private static TicketHistory ticket(String id, Random random, List<String> priorities) {
    Instant created = BASE.plusSeconds(60L * random.nextInt(55 * 24 * 60));
    List<Integer> minutes = new ArrayList<>();
    random.ints(1, 6 * 24 * 60).distinct().limit(1 + random.nextInt(14)).forEach(minutes::add);
    Collections.sort(minutes);
    List<TicketEvent> events = new ArrayList<>();
    events.add(
        TicketEvent.created(
            id, id + "-0", created, priorities.get(random.nextInt(priorities.size()))));
    for (int i = 0; i < minutes.size(); i++) {
      Instant at = created.plusSeconds(60L * minutes.get(i));
      events.add(event(id, id + "-" + (i + 1), at, random, priorities));
    }
    return new TicketHistory(id, Optional.empty(), events);
  }

  private static TicketEvent event(
      String ticket, String id, Instant at, Random random, List<String> priorities) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> TicketEvent.agentReplied(ticket, id, at, ReplyVisibility.PUBLIC);
      case 3 -> TicketEvent.agentReplied(ticket, id, at, ReplyVisibility.INTERNAL);
      case 4 -> TicketEvent.of(ticket, id, EventType.CUSTOMER_REPLIED, at);
      case 5, 6 ->
          TicketEvent.statusChanged(ticket, id, at, STATUSES[random.nextInt(STATUSES.length)]);
      case 7 -> TicketEvent.of(ticket, id, EventType.PLAN_PROVIDED, at);
      case 8 ->
          TicketEvent.priorityChanged(
              ticket, id, at, priorities.get(random.nextInt(priorities.size())));
      default ->
          random.nextInt(6) == 0
              ? TicketEvent.of(ticket, id, EventType.CANCELLED, at)
              : TicketEvent.statusChanged(ticket, id, at, TicketStatus.RESOLVED);
    };
  }

  static List<Outage> outages(long seed, int count) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<Outage> outages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant from = BASE.plusSeconds(60L * random.nextInt(58 * 24 * 60));
      outages.add(
          Outage.of(
              "servers",
              from,
              from.plusSeconds(60L * (1 + random.nextInt(240))),
              OutageCause.values()[random.nextInt(OutageCause.values().length)],
              "outage " + i));
    }
    return outages;
  }
}
