package org.accordo.core.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.HolidayRegion;
import org.accordo.core.calendar.OpeningHours;
import org.accordo.core.policy.EscalationThreshold;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.PriorityChangeRule;
import org.accordo.core.policy.ReopenRule;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.policy.TicketStatus;

/**
 * Calendars, policies and ticket histories for the clock tests, written the way SLA-SEMANTICS §4
 * speaks.
 */
final class ClockFixtures {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");

  private ClockFixtures() {}

  /** {@code rome-office}: Mon–Fri 09:00-13:00 and 14:00-18:00, Europe/Rome, Italian holidays. */
  static BusinessCalendar romeOffice() {
    return BusinessCalendar.builder(ROME)
        .hours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(OpeningHours.parse("09:00-13:00"), OpeningHours.parse("14:00-18:00")))
        .holidays(HolidayRegion.of("IT"))
        .build();
  }

  static Map<String, BusinessCalendar> calendars() {
    return Map.of("rome-office", romeOffice(), "24x7", BusinessCalendar.twentyFourSeven());
  }

  /** An instant given as Rome wall time, {@code "2026-02-02 10:00"}. */
  static Instant rome(String localDateTime) {
    return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(ROME).toInstant();
  }

  /** {@code at("09:30")}: that UTC time on Monday 2026-02-02, for tests on the 24x7 calendar. */
  static Instant at(String hhmm) {
    return Instant.parse("2026-02-02T" + hhmm + ":00Z");
  }

  static Instant utc(String instant) {
    return Instant.parse(instant);
  }

  /** A policy built target by target. */
  static PolicyBuilder policy() {
    return new PolicyBuilder();
  }

  static final class PolicyBuilder {
    private final Map<Metric, Map<String, MetricTarget>> targets = new EnumMap<>(Metric.class);
    private final Map<Metric, Set<TicketStatus>> pauses = new EnumMap<>(Metric.class);
    private PriorityChangeRule onPriorityChange = PriorityChangeRule.RETROACTIVE;
    private ReopenRule onReopen = ReopenRule.RESUME;
    private final List<EscalationThreshold> escalation = new ArrayList<>();

    /** {@code target("resolution", "P2", "8h", "rome-office")}. */
    PolicyBuilder target(Metric metric, String priority, String duration, String calendar) {
      Duration d = Duration.parse("PT" + duration.toUpperCase());
      targets
          .computeIfAbsent(metric, m -> new LinkedHashMap<>())
          .put(priority, new MetricTarget(d, calendar));
      return this;
    }

    PolicyBuilder pauseOn(Metric metric, TicketStatus... statuses) {
      pauses.put(metric, statuses.length == 0 ? Set.of() : EnumSet.of(statuses[0], statuses));
      return this;
    }

    PolicyBuilder onPriorityChange(PriorityChangeRule rule) {
      this.onPriorityChange = rule;
      return this;
    }

    PolicyBuilder onReopen(ReopenRule rule) {
      this.onReopen = rule;
      return this;
    }

    PolicyBuilder escalation(double at, String level) {
      escalation.add(new EscalationThreshold(at, level));
      return this;
    }

    SlaPolicy build() {
      return new SlaPolicy(
          "test", List.of(), targets, pauses, onPriorityChange, onReopen, escalation);
    }

    ClockEngine engine() {
      return new ClockEngine(build(), calendars(), PRIORITIES);
    }
  }

  /** A ticket's events with ids e1, e2, ... in the order written. */
  static History ticket(String id) {
    return new History(id);
  }

  static final class History {
    private final String ticket;
    private final List<TicketEvent> events = new ArrayList<>();

    History(String ticket) {
      this.ticket = ticket;
    }

    private String nextId() {
      return "e" + (events.size() + 1);
    }

    History created(Instant at, String priority) {
      events.add(TicketEvent.created(ticket, nextId(), at, priority));
      return this;
    }

    History status(Instant at, TicketStatus status) {
      events.add(TicketEvent.statusChanged(ticket, nextId(), at, status));
      return this;
    }

    History priority(Instant at, String priority) {
      events.add(TicketEvent.priorityChanged(ticket, nextId(), at, priority));
      return this;
    }

    History publicReply(Instant at) {
      events.add(TicketEvent.agentReplied(ticket, nextId(), at, ReplyVisibility.PUBLIC));
      return this;
    }

    History internalNote(Instant at) {
      events.add(TicketEvent.agentReplied(ticket, nextId(), at, ReplyVisibility.INTERNAL));
      return this;
    }

    History customerReplied(Instant at) {
      events.add(TicketEvent.of(ticket, nextId(), EventType.CUSTOMER_REPLIED, at));
      return this;
    }

    History planProvided(Instant at) {
      events.add(TicketEvent.of(ticket, nextId(), EventType.PLAN_PROVIDED, at));
      return this;
    }

    History cancelled(Instant at) {
      events.add(TicketEvent.of(ticket, nextId(), EventType.CANCELLED, at));
      return this;
    }

    History excluded(Instant at, Instant from, Instant to, Metric... metrics) {
      Set<Metric> only = metrics.length == 0 ? Set.of() : EnumSet.of(metrics[0], metrics);
      events.add(
          TicketEvent.excluded(
              ticket, nextId(), at, new Exclusion(from, to, "customer-caused outage", only)));
      return this;
    }

    List<TicketEvent> events() {
      return List.copyOf(events);
    }
  }

  /** The single result of {@code metric} (cycle 1) among {@code results}. */
  static ClockResult only(List<ClockResult> results, Metric metric) {
    List<ClockResult> matching = results.stream().filter(r -> r.metric() == metric).toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one " + metric + " clock, got " + matching);
    }
    return matching.get(0);
  }

  static ClockResult cycle(List<ClockResult> results, Metric metric, int cycle) {
    return results.stream()
        .filter(r -> r.metric() == metric && r.cycle() == cycle)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + metric + " cycle " + cycle + " in " + results));
  }
}
