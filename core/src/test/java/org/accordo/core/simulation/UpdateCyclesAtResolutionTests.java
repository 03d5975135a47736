package org.accordo.core.simulation;

import static org.accordo.core.simulation.SimulationFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.report.TicketHistory;
import org.junit.jupiter.api.Test;

/**
 * Periodic updates in the simulator under SLA semantics §6: an update cycle running at the
 * resolution is stopped by it and counted met or breached like one ended by a reply, whatever the
 * target; a cycle begun at the resolution's own instant gives no result. Three P1 tickets on 24x7,
 * every number worked out by hand below.
 */
class UpdateCyclesAtResolutionTests {

  /** Times are UTC, Monday 2 February 2026; P1 is measured on the 24x7 calendar. */
  static List<TicketHistory> tickets() {
    return List.of(
        // cycle 1 from the reply at 10:10 to the next at 10:50: 40m; cycle 2 from 10:50 to the
        // resolution at 11:20: 30m (dropped under the old rule unless breached, counted now)
        ticket("U1")
            .created("2026-02-02T10:00:00Z", "P1")
            .reply("2026-02-02T10:10:00Z")
            .reply("2026-02-02T10:50:00Z")
            .resolved("2026-02-02T11:20:00Z")
            .history(),
        // cycle 1 from the reply at 10:00 to the resolution at 12:30: 2h30m
        ticket("U2")
            .created("2026-02-02T09:00:00Z", "P1")
            .reply("2026-02-02T10:00:00Z")
            .resolved("2026-02-02T12:30:00Z")
            .history(),
        // cycle 1 from 10:05 to 10:45: 40m; the last reply and the resolution at 10:45 begin a
        // cycle at the resolution's own instant: no result
        ticket("U3")
            .created("2026-02-02T10:00:00Z", "P1")
            .reply("2026-02-02T10:05:00Z")
            .reply("2026-02-02T10:45:00Z")
            .resolved("2026-02-02T10:45:00Z")
            .history());
  }

  private static final long MINUTE = 60;

  private static ContractTemplate updatesEvery(long seconds) {
    return new ContractTemplate("P1").target(Metric.PERIODIC_UPDATE, "P1", seconds);
  }

  /** The tickets under update targets of {@code current} and {@code proposed} seconds. */
  private static SimulationResult simulate(long current, long proposed, String goal) {
    return SimulationFixtures.simulate(
        SimulationFixtures.input(
            updatesEvery(current).yaml(),
            updatesEvery(proposed).yaml(),
            tickets(),
            List.of(),
            goal));
  }

  private static MetricOutcome updates(SimulationResult result, Side side) {
    MetricComparison row = result.metrics().get(0);
    assertThat(row.metric()).isEqualTo(Metric.PERIODIC_UPDATE);
    return (side == Side.CURRENT ? row.current() : row.proposed()).orElseThrow();
  }

  private enum Side {
    CURRENT,
    PROPOSED
  }

  @Test
  void anUpdateCycleStoppedByTheResolutionWithinTheTargetIsMet() {
    MetricOutcome hourly = updates(simulate(60 * MINUTE, 60 * MINUTE, "0.75"), Side.CURRENT);
    // 40m, 30m (U1), 40m (U3) met at 1h; 2h30m (U2) breached; nothing of U3's second cycle
    assertThat(hourly.met()).isEqualTo(3);
    assertThat(hourly.breached()).isEqualTo(1);
    assertThat(hourly.tickets()).isEqualTo(3);
    assertThat(hourly.compliance()).contains(new BigDecimal("0.750000"));
    // sorted 30m, 40m, 40m, 2h30m: median the 2nd, p90 the 4th (ceil 3.6)
    assertThat(hourly.median()).contains(Duration.ofMinutes(40));
    assertThat(hourly.p90()).contains(Duration.ofMinutes(150));
  }

  @Test
  void theSmallestTargetCountsTheCyclesTheResolutionStopped() {
    // 75% of 4 cycles: the 3rd smallest of 30m, 40m, 40m, 2h30m, 40m (U1 and U3: the first id)
    SmallestTarget threeQuarters =
        updates(simulate(60 * MINUTE, 60 * MINUTE, "0.75"), Side.CURRENT).smallest().orElseThrow();
    assertThat(threeQuarters.written()).isEqualTo("40m");
    assertThat(threeQuarters.met()).isEqualTo(3);
    assertThat(threeQuarters.clocks()).isEqualTo(4);
    assertThat(threeQuarters.ticket()).isEqualTo("U1");
    // every cycle met takes U2's 2h30m
    SmallestTarget all =
        updates(simulate(60 * MINUTE, 60 * MINUTE, "1"), Side.CURRENT).smallest().orElseThrow();
    assertThat(all.written()).isEqualTo("2h30m");
    assertThat(all.ticket()).isEqualTo("U2");
    // re-simulated at 40m: the same 3 of 4 met, and at 39m59s only U1's 30m is
    MetricOutcome at = updates(simulate(60 * MINUTE, 40 * MINUTE, "0.75"), Side.PROPOSED);
    assertThat(at.met()).isEqualTo(3);
    assertThat(at.clocks()).isEqualTo(4);
    MetricOutcome below = updates(simulate(60 * MINUTE, 40 * MINUTE - 1, "0.75"), Side.PROPOSED);
    assertThat(below.met()).isEqualTo(1);
    assertThat(below.clocks()).isEqualTo(4);
  }

  @Test
  void aTighterTargetBreachesTheCycleTheResolutionStopped() {
    SimulationResult result = simulate(60 * MINUTE, 20 * MINUTE, "0.75");
    // at 20m every cycle breaches, U1's 30m cycle 2 included: it was met, not left uncounted
    MetricOutcome tight = updates(result, Side.PROPOSED);
    assertThat(tight.met()).isZero();
    assertThat(tight.breached()).isEqualTo(4);
    assertThat(result.changes())
        .extracting(c -> c.ticket() + " " + c.cycle() + " " + c.kind().id())
        .containsExactly("U1 1 newly_breached", "U1 2 newly_breached", "U3 1 newly_breached");
    ClockChange stoppedByResolution = result.changes().get(1);
    assertThat(stoppedByResolution.current().outcome()).isEqualTo(Outcome.MET);
    assertThat(stoppedByResolution.current().clock().orElseThrow().stoppedAt())
        .isEqualTo(Instant.parse("2026-02-02T11:20:00Z"));
    // 20m after the reply at 10:50
    assertThat(stoppedByResolution.proposed().clock().orElseThrow().breachedAt())
        .isEqualTo(Instant.parse("2026-02-02T11:10:00Z"));
  }
}
