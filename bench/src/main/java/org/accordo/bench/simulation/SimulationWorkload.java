package org.accordo.bench.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
 * A year (2026, Rome) of the reference contract's tickets and outages for the simulation
 * benchmarks, generated from a fixed seed: per ticket a creation (P1 to P4, a service or none), a
 * public reply, sometimes a wait for the customer, periodic updates for P1/P2 until the resolution,
 * 2% cancelled; about 5.8 events a ticket. The proposal simulated against the reference contract
 * ({@code contract-bianchi.yaml}) tightens P2 first response (2h -> 1h) and P2 resolution (8h ->
 * 6h): a real what-if that changes thousands of clocks.
 */
final class SimulationWorkload {

  private static final Instant YEAR = Instant.parse("2025-12-31T23:00:00Z");
  private static final long YEAR_SECONDS = 365L * 86_400 - 8 * 86_400;
  private static final String[] SERVICES = {"service-desk", "servers", ""};
  private static final String[] CAUSES = {
    "provider", "provider", "customer_caused", "outside_provider_control", "announced_maintenance"
  };
  private static final int[] REPLY_WITHIN = {30 * 60, 3 * 3600, 6 * 3600, 12 * 3600};
  private static final int[] RESOLVE_WITHIN = {4 * 3600, 24 * 3600, 3 * 86_400, 6 * 86_400};
  private static final int[] UPDATE_EVERY = {20 * 60, 90 * 60};

  final List<TicketHistory> tickets = new ArrayList<>();
  final List<Outage> outages = new ArrayList<>();

  SimulationWorkload(int ticketCount, int outageCount) {
    Random random = new Random(20260101L);
    for (int i = 0; i < ticketCount; i++) {
      tickets.add(ticket(String.format("T%07d", i), random));
    }
    for (int i = 0; i < outageCount; i++) {
      outages.add(outage(i, random));
    }
  }

  static String currentContract() {
    try (InputStream in =
        SimulationWorkload.class.getResourceAsStream("/bench/contract-bianchi.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String proposedContract() {
    String proposed =
        currentContract()
            .replace("version: 3", "version: 4")
            .replace("supersedes: 2", "supersedes: 3")
            .replace("P2: { target: 2h, calendar: office }", "P2: { target: 1h, calendar: office }")
            .replace(
                "P2: { target: 8h, calendar: office }", "P2: { target: 6h, calendar: office }");
    if (proposed.equals(currentContract())) {
      throw new IllegalStateException("the reference contract changed: the proposal edits nothing");
    }
    return proposed;
  }

  private static TicketHistory ticket(String id, Random random) {
    List<TicketEvent> events = new ArrayList<>();
    Instant created = YEAR.plusSeconds(random.nextLong(YEAR_SECONDS));
    String priority = "P" + (1 + random.nextInt(4));
    String service = SERVICES[random.nextInt(SERVICES.length)];
    events.add(TicketEvent.created(id, id + "-1", created, priority));
    int p = priority.charAt(1) - '1';
    Instant t = created.plusSeconds(60 + random.nextInt(REPLY_WITHIN[p]));
    if (random.nextInt(50) == 0) {
      events.add(TicketEvent.of(id, id + "-2", EventType.CANCELLED, t));
      return history(id, service, events);
    }
    events.add(TicketEvent.agentReplied(id, id + "-2", t, ReplyVisibility.PUBLIC));
    if (random.nextInt(3) == 0) {
      t = t.plusSeconds(600 + random.nextInt(7200));
      events.add(status(id, events, t, TicketStatus.WAITING_CUSTOMER));
      t = t.plusSeconds(600 + random.nextInt(86_400));
      events.add(TicketEvent.of(id, next(id, events), EventType.CUSTOMER_REPLIED, t));
      events.add(status(id, events, t, TicketStatus.OPEN));
    }
    Instant resolved = t.plusSeconds(600 + random.nextInt(RESOLVE_WITHIN[p]));
    int every = p < 2 ? UPDATE_EVERY[p] : Integer.MAX_VALUE / 4;
    for (Instant u = t.plusSeconds(every + random.nextInt(every * 3 / 2));
        u.isBefore(resolved);
        u = u.plusSeconds(every + random.nextInt(every * 3 / 2))) {
      events.add(TicketEvent.agentReplied(id, next(id, events), u, ReplyVisibility.PUBLIC));
    }
    events.add(status(id, events, resolved, TicketStatus.RESOLVED));
    return history(id, service, events);
  }

  private static TicketHistory history(String id, String service, List<TicketEvent> events) {
    return new TicketHistory(
        id, service.isEmpty() ? Optional.empty() : Optional.of(service), events);
  }

  private static TicketEvent status(
      String id, List<TicketEvent> events, Instant at, TicketStatus status) {
    return TicketEvent.statusChanged(id, next(id, events), at, status);
  }

  private static String next(String id, List<TicketEvent> events) {
    return id + "-" + (events.size() + 1);
  }

  private static Outage outage(int i, Random random) {
    Instant from = YEAR.plusSeconds(random.nextLong(YEAR_SECONDS));
    return Outage.of(
        random.nextInt(10) == 0 ? "backup" : "servers",
        from,
        from.plusSeconds(30 + random.nextInt(3600)),
        OutageCause.fromId(CAUSES[random.nextInt(CAUSES.length)]).orElseThrow(),
        "generated, #" + i);
  }

  /** Writes the contracts, the events as JSON Lines and the outages as CSV into {@code dir}. */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("current.yaml"), currentContract());
    Files.writeString(dir.resolve("proposed.yaml"), proposedContract());
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("events.jsonl"))) {
      for (TicketHistory ticket : tickets) {
        for (TicketEvent event : ticket.events()) {
          out.write(json(event, ticket.service()));
        }
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("outages.csv"))) {
      out.write("service,from,to,cause,note\n");
      for (Outage o : outages) {
        out.write(
            o.service()
                + ","
                + o.from()
                + ","
                + o.to()
                + ","
                + o.cause().id()
                + ",\""
                + o.note()
                + "\"\n");
      }
    }
  }

  private static String json(TicketEvent e, Optional<String> service) {
    StringBuilder line = new StringBuilder(128);
    line.append("{\"ticket\":\"").append(e.ticket()).append("\",\"id\":\"").append(e.id());
    line.append("\",\"type\":\"").append(e.type().id()).append("\",\"at\":\"").append(e.at());
    line.append('"');
    if (e.type() == EventType.CREATED) {
      line.append(",\"priority\":\"").append(e.priority()).append('"');
      service.ifPresent(s -> line.append(",\"service\":\"").append(s).append('"'));
    } else if (e.type() == EventType.STATUS_CHANGED) {
      line.append(",\"status\":\"").append(e.status().id()).append('"');
    } else if (e.type() == EventType.AGENT_REPLIED) {
      line.append(",\"public\":").append(e.isPublicReply());
    }
    return line.append("}\n").toString();
  }
}
