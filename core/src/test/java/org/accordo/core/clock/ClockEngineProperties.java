package org.accordo.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.PriorityChangeRule;
import org.accordo.core.policy.ReopenRule;
import org.accordo.core.policy.TicketStatus;

/** Laws every fold obeys, over random histories on a business calendar and on 24x7. */
class ClockEngineProperties {

  private static final Instant BASE = Instant.parse("2026-03-20T07:00:00Z"); // a Friday, DST ahead
  private static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};
  private static final TicketStatus[] STATUSES = TicketStatus.values();

  private static ClockFixtures.PolicyBuilder targets() {
    ClockFixtures.PolicyBuilder policy = ClockFixtures.policy();
    for (Metric metric : Metric.values()) {
      policy.target(metric, "P1", "1h", "24x7").target(metric, "P2", "2h", "rome-office");
    }
    return policy
        .target(Metric.RESOLUTION, "P3", "8h", "rome-office")
        .target(Metric.FIRST_RESPONSE, "P3", "4h", "rome-office")
        .pauseOn(Metric.RESOLUTION, TicketStatus.WAITING_CUSTOMER, TicketStatus.ON_HOLD)
        .escalation(0.5, "L1")
        .escalation(1.0, "L2")
        .escalation(1.25, "L3");
  }

  private static final List<ClockEngine> ENGINES =
      List.of(
          targets().engine(),
          targets()
              .onPriorityChange(PriorityChangeRule.RESTART)
              .onReopen(ReopenRule.RESTART)
              .engine());

  /**
   * A random history: created first, then up to 14 events at distinct minutes within ten days, and
   * "now".
   */
  record Case(List<TicketEvent> events, Instant now, int engine, long seed) {}

  @Provide
  Arbitrary<Case> histories() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 14),
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 3 * 24 * 60))
        .as((count, seed, engine, extraMinutes) -> build(count, seed, engine, extraMinutes));
  }

  private static Case build(int count, long seed, int engine, int extraMinutes) {
    Random random = new Random(seed);
    List<Integer> minutes = new ArrayList<>();
    random.ints(1, 10 * 24 * 60).distinct().limit(count).forEach(minutes::add);
    Collections.sort(minutes);
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.created("T", "e0", BASE, PRIORITIES[random.nextInt(PRIORITIES.length)]));
    for (int i = 0; i < minutes.size(); i++) {
      events.add(event("e" + (i + 1), BASE.plusSeconds(60L * minutes.get(i)), random));
    }
    Instant now = BASE.plusSeconds(60L * (minutes.get(minutes.size() - 1) + extraMinutes));
    return new Case(events, now, engine, seed);
  }

  private static TicketEvent event(String id, Instant at, Random random) {
    switch (random.nextInt(8)) {
      case 0, 1:
        return TicketEvent.statusChanged("T", id, at, STATUSES[random.nextInt(STATUSES.length)]);
      case 2:
        return TicketEvent.agentReplied(
            "T", id, at, random.nextBoolean() ? ReplyVisibility.PUBLIC : ReplyVisibility.INTERNAL);
      case 3:
        return TicketEvent.of("T", id, EventType.CUSTOMER_REPLIED, at);
      case 4:
        return TicketEvent.priorityChanged(
            "T", id, at, PRIORITIES[random.nextInt(PRIORITIES.length)]);
      case 5:
        return TicketEvent.of("T", id, EventType.PLAN_PROVIDED, at);
      case 6:
        return TicketEvent.excluded("T", id, at, exclusion(random));
      default:
        return random.nextInt(4) == 0
            ? TicketEvent.of("T", id, EventType.CANCELLED, at)
            : TicketEvent.statusChanged("T", id, at, TicketStatus.OPEN);
    }
  }

  private static Exclusion exclusion(Random random) {
    Instant from = BASE.plusSeconds(60L * random.nextInt(12 * 24 * 60));
    Instant to = from.plusSeconds(60L * (1 + random.nextInt(2 * 24 * 60)));
    Set<Metric> metrics =
        random.nextBoolean()
            ? Set.of()
            : Set.of(Metric.values()[random.nextInt(Metric.values().length)]);
    return new Exclusion(from, to, "customer-caused outage", metrics);
  }

  @Property(tries = 300)
  void shufflingArrivalOfDistinctInstantsChangesNoResult(@ForAll("histories") Case c) {
    ClockEngine engine = ENGINES.get(c.engine());
    List<TicketEvent> shuffled = new ArrayList<>(c.events());
    Collections.shuffle(shuffled, new Random(c.seed() ^ 0x5DEECE66DL));
    assertThat(engine.fold(shuffled, c.now())).isEqualTo(engine.fold(c.events(), c.now()));
  }

  @Property(tries = 300)
  void addingAnExclusionNeverIncreasesElapsed(@ForAll("histories") Case c) {
    ClockEngine engine = ENGINES.get(c.engine());
    List<ClockResult> before = engine.fold(c.events(), c.now());
    List<TicketEvent> more = new ArrayList<>(c.events());
    more.add(TicketEvent.excluded("T", "x", c.now(), exclusion(new Random(c.seed() + 1))));
    for (ClockResult after : engine.fold(more, c.now())) {
      before.stream()
          .filter(b -> b.metric() == after.metric() && b.cycle() == after.cycle())
          .findFirst()
          .ifPresent(b -> assertThat(after.elapsedMillis()).isLessThanOrEqualTo(b.elapsedMillis()));
    }
  }

  @Property(tries = 300)
  void elapsedPlusRemainingIsTheTarget(@ForAll("histories") Case c) {
    for (ClockResult r : ENGINES.get(c.engine()).fold(c.events(), c.now())) {
      assertThat(r.elapsedSeconds() + r.remainingSeconds()).isEqualTo(r.targetSeconds());
    }
  }

  @Property(tries = 300)
  void breachedExactlyWhenElapsedExceedsTarget(@ForAll("histories") Case c) {
    for (ClockResult r : ENGINES.get(c.engine()).fold(c.events(), c.now())) {
      boolean over = r.elapsedSeconds() > r.targetSeconds();
      assertThat(r.breachedAt() != null).as("breached_at of %s", r).isEqualTo(over);
      if (r.state() != ClockState.CANCELLED && r.state() != ClockState.SUPERSEDED) {
        assertThat(r.state() == ClockState.BREACHED).as("state of %s", r).isEqualTo(over);
      }
      if (over) {
        assertThat(r.breachedAt())
            .isBetween(r.startedAt(), r.stoppedAt() != null ? r.stoppedAt() : c.now());
      }
    }
  }
}
