package org.accordo.core.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.Exclusion;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;

/**
 * A generated month of tickets and outages for the reference contract, built so that the outcome of
 * every clock is known by construction: each stop instant is placed with the business calendar at a
 * chosen amount of business time, so "met" is simply "the chosen amount is within the target".
 * Tickets start from 25 February to the end of March (Rome), so some stop in February, some in
 * April; some stay open, some are cancelled, some have an exclusion that keeps a late resolution
 * within its target.
 */
final class MonthOfTickets {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

  /** A clock the generator expects, with the state the rules give it. */
  record ExpectedClock(
      String ticket,
      Metric metric,
      String priority,
      String state,
      Instant startedAt,
      Optional<Instant> stoppedAt) {}

  /** The reference contract's targets: calendar name and target for one metric at one priority. */
  private record Target(String calendar, Duration target) {}

  private static final Map<String, Target> FIRST_RESPONSE =
      Map.of(
          "P1",
          new Target("always", Duration.ofMinutes(30)),
          "P2",
          new Target("office", Duration.ofHours(2)),
          "P3",
          new Target("office", Duration.ofHours(4)),
          "P4",
          new Target("office", Duration.ofHours(8)));
  private static final Map<String, Target> RESOLUTION =
      Map.of(
          "P1",
          new Target("always", Duration.ofHours(4)),
          "P2",
          new Target("office", Duration.ofHours(8)),
          "P3",
          new Target("office", Duration.ofHours(24)),
          "P4",
          new Target("office", Duration.ofHours(40)));
  private static final Map<String, Target> PERIODIC_UPDATE =
      Map.of(
          "P1",
          new Target("always", Duration.ofHours(1)),
          "P2",
          new Target("office", Duration.ofHours(4)));

  final List<TicketHistory> tickets = new ArrayList<>();
  final List<ExpectedClock> expected = new ArrayList<>();
  final List<Outage> outages = new ArrayList<>();

  private final Map<String, BusinessCalendar> calendars;
  private final Random random;

  MonthOfTickets(
      Map<String, BusinessCalendar> calendars, long seed, int ticketCount, int outageCount) {
    this.calendars = calendars;
    this.random = new Random(seed);
    Instant from = LocalDateTime.of(2026, 2, 25, 0, 0).atZone(ROME).toInstant();
    Instant to = LocalDateTime.of(2026, 3, 31, 23, 0).atZone(ROME).toInstant();
    for (int i = 0; i < ticketCount; i++) {
      Instant created =
          from.plusSeconds(60L * random.nextInt((int) Duration.between(from, to).toMinutes()));
      ticket(String.format("G%05d", i), created);
    }
    for (int i = 0; i < outageCount; i++) {
      outage();
    }
    sundayMaintenance();
  }

  private void ticket(String id, Instant created) {
    String priority = "P" + (1 + random.nextInt(4));
    Optional<String> service =
        switch (random.nextInt(3)) {
          case 0 -> Optional.of("service-desk");
          case 1 -> Optional.of("servers");
          default -> Optional.empty();
        };
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.created(id, id + "-1", created, priority));
    int kind = random.nextInt(100);
    if (kind < 3) {
      cancelled(id, priority, created, events);
    } else if (kind < 8 && priority.equals("P1")) {
      excludedButMet(id, created, events);
    } else {
      measured(id, priority, created, events, kind < 13);
    }
    tickets.add(new TicketHistory(id, service, events));
  }

  private void cancelled(String id, String priority, Instant created, List<TicketEvent> events) {
    Instant cancelledAt = created.plus(Duration.ofMinutes(20));
    events.add(TicketEvent.of(id, id + "-2", EventType.CANCELLED, cancelledAt));
    expected.add(
        new ExpectedClock(
            id, Metric.FIRST_RESPONSE, priority, "cancelled", created, Optional.of(cancelledAt)));
    expected.add(
        new ExpectedClock(
            id, Metric.RESOLUTION, priority, "cancelled", created, Optional.of(cancelledAt)));
  }

  /**
   * P1 on 24x7: reply after 10 min, resolved after 5 h, of which 1.5 h excluded for resolution
   * only.
   */
  private void excludedButMet(String id, Instant created, List<TicketEvent> events) {
    Instant reply = created.plus(Duration.ofMinutes(10));
    Instant resolved = created.plus(Duration.ofHours(5));
    Exclusion exclusion =
        new Exclusion(
            created.plus(Duration.ofHours(1)),
            created.plus(Duration.ofMinutes(150)),
            "customer's site without power",
            Set.of(Metric.RESOLUTION));
    events.add(TicketEvent.agentReplied(id, id + "-2", reply, ReplyVisibility.PUBLIC));
    events.add(TicketEvent.excluded(id, id + "-3", created.plus(Duration.ofHours(3)), exclusion));
    events.add(TicketEvent.statusChanged(id, id + "-4", resolved, TicketStatus.RESOLVED));
    expected.add(
        new ExpectedClock(id, Metric.FIRST_RESPONSE, "P1", "met", created, Optional.of(reply)));
    // 5 h less 1.5 h excluded = 3.5 h <= 4 h
    expected.add(
        new ExpectedClock(id, Metric.RESOLUTION, "P1", "met", created, Optional.of(resolved)));
    // the update cycle from the reply ran 4 h 50 min > 1 h and stops, breached, at the resolution
    expected.add(
        new ExpectedClock(
            id, Metric.PERIODIC_UPDATE, "P1", "breached", reply, Optional.of(resolved)));
  }

  private void measured(
      String id, String priority, Instant created, List<TicketEvent> events, boolean leftOpen) {
    Target fr = FIRST_RESPONSE.get(priority);
    Duration frTime = share(fr.target(), 0.2, 1.5);
    Instant reply = calendar(fr).add(created, frTime);
    events.add(TicketEvent.agentReplied(id, id + "-2", reply, ReplyVisibility.PUBLIC));
    expected.add(
        new ExpectedClock(
            id, Metric.FIRST_RESPONSE, priority, state(frTime, fr), created, Optional.of(reply)));
    Target res = RESOLUTION.get(priority);
    Optional<Target> update = Optional.ofNullable(PERIODIC_UPDATE.get(priority));
    if (leftOpen) {
      expected.add(
          new ExpectedClock(id, Metric.RESOLUTION, priority, "open", created, Optional.empty()));
      update.ifPresent(
          u ->
              expected.add(
                  new ExpectedClock(
                      id, Metric.PERIODIC_UPDATE, priority, "open", reply, Optional.empty())));
      return;
    }
    Instant resolved = calendar(res).add(created, share(res.target(), 0.3, 1.6));
    if (!resolved.isAfter(reply)) {
      resolved = reply.plus(Duration.ofMinutes(1));
    }
    events.add(TicketEvent.statusChanged(id, id + "-3", resolved, TicketStatus.RESOLVED));
    Duration resTime = calendar(res).elapsed(created, resolved);
    expected.add(
        new ExpectedClock(
            id, Metric.RESOLUTION, priority, state(resTime, res), created, Optional.of(resolved)));
    if (update.isPresent()) {
      // the resolution stops the update cycle begun at the reply: met or breached (§6)
      Duration updateTime = calendar(update.get()).elapsed(reply, resolved);
      expected.add(
          new ExpectedClock(
              id,
              Metric.PERIODIC_UPDATE,
              priority,
              state(updateTime, update.get()),
              reply,
              Optional.of(resolved)));
    }
  }

  private static String state(Duration elapsed, Target target) {
    return elapsed.compareTo(target.target()) <= 0 ? "met" : "breached";
  }

  private BusinessCalendar calendar(Target target) {
    return calendars.get(target.calendar());
  }

  /** A whole number of minutes between {@code low} and {@code high} times the target. */
  private Duration share(Duration target, double low, double high) {
    long minutes = target.toMinutes();
    long lo = Math.max(1, Math.round(minutes * low));
    long hi = Math.round(minutes * high);
    return Duration.ofMinutes(lo + (long) random.nextInt((int) (hi - lo + 1)));
  }

  private void outage() {
    Instant from =
        LocalDateTime.of(2026, 2, 20, 0, 0)
            .atZone(ROME)
            .toInstant()
            .plus(Duration.ofMinutes(random.nextInt(50 * 24 * 60)));
    Instant to = from.plus(Duration.ofMinutes(1 + random.nextInt(60)));
    OutageCause cause = OutageCause.values()[random.nextInt(OutageCause.values().length)];
    String service = random.nextInt(10) == 0 ? "backup" : "servers";
    outages.add(Outage.of(service, from, to, cause, "generated"));
  }

  /** Announced maintenance every Sunday of March from 02:30 local for 30 to 150 minutes. */
  private void sundayMaintenance() {
    for (int day = 1; day <= 31; day++) {
      LocalDateTime start = LocalDateTime.of(2026, 3, day, 2, 30);
      if (start.getDayOfWeek() == DayOfWeek.SUNDAY) {
        Instant from = start.atZone(ROME).toInstant();
        outages.add(
            Outage.of(
                "servers",
                from,
                from.plus(Duration.ofMinutes(30 + 30L * random.nextInt(5))),
                OutageCause.ANNOUNCED_MAINTENANCE,
                "patching"));
      }
    }
  }
}
