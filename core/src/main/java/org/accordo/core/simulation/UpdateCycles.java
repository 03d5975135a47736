package org.accordo.core.simulation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.report.TicketHistory;

/**
 * The elapsed times of every periodic-update cycle, for the inverse question. Which update cycles
 * count depends on the target itself: one still running at resolution is dropped unless it has
 * breached (SLA semantics §3), so the clocks the contract counts do not show the cycles it dropped,
 * and sorting their elapsed times would answer wrongly for any smaller target. Two extra folds of
 * the tickets with update targets, measuring update cycles only, recover them:
 *
 * <ul>
 *   <li>with every update target at 1 ms, every cycle that counted more than 1 ms is reported
 *       (breached), with its elapsed time;
 *   <li>with every update target above the longest of those, a cycle ended by the next public reply
 *       is met, and a cycle cut at resolution is dropped: that tells the two kinds apart.
 * </ul>
 *
 * <p>A cycle cut at resolution within 1 ms is dropped at any target of whole seconds, so it is
 * rightly left out.
 */
final class UpdateCycles {

  private static final Duration TINY = Duration.ofMillis(1);

  private UpdateCycles() {}

  /** The update rows' samples, for the tickets that {@code run} measures with update targets. */
  static Map<RowKey, ElapsedSample> sample(ContractRun run, List<TicketHistory> tickets) {
    List<TicketHistory> measured = tickets.stream().filter(t -> mayHaveUpdates(run, t)).toList();
    if (measured.isEmpty()) {
      return Map.of();
    }
    Map<String, ClockEngine> tiny = engines(run, TINY);
    List<List<ClockResult>> reported =
        measured.parallelStream()
            .map(t -> tiny.get(run.slaOf(t).id()).fold(t.events(), run.asOf))
            .toList();
    long longest =
        reported.stream()
            .flatMap(List::stream)
            .mapToLong(ClockResult::elapsedMillis)
            .max()
            .orElse(0);
    Map<String, ClockEngine> huge = engines(run, Duration.ofMillis(longest + 1_000));
    List<Set<Integer>> endedByReply =
        measured.parallelStream()
            .map(t -> metCycles(huge.get(run.slaOf(t).id()).fold(t.events(), run.asOf)))
            .toList();
    Map<RowKey, ElapsedSample.Builder> builders = new HashMap<>();
    for (int i = 0; i < measured.size(); i++) {
      String sla = run.slaOf(measured.get(i)).id();
      for (ClockResult cycle : reported.get(i)) {
        if (run.outcome(cycle) == Outcome.NOT_COUNTED) {
          continue;
        }
        ElapsedSample.Builder row =
            builders.computeIfAbsent(
                new RowKey(sla, Metric.PERIODIC_UPDATE, cycle.priority()),
                k -> new ElapsedSample.Builder());
        if (cycle.state() == ClockState.MET || endedByReply.get(i).contains(cycle.cycle())) {
          row.settled(cycle.elapsedMillis(), cycle.ticket());
        } else {
          row.cutAtResolution(cycle.elapsedMillis(), cycle.ticket());
        }
      }
    }
    Map<RowKey, ElapsedSample> samples = new HashMap<>();
    builders.forEach((key, builder) -> samples.put(key, builder.build()));
    return samples;
  }

  /**
   * True when some priority the ticket ever had has an update target in its SLA: only then can an
   * update cycle of it have a result (the priority at a cycle's stop, or at its start under {@code
   * restart}, decides).
   */
  private static boolean mayHaveUpdates(ContractRun run, TicketHistory ticket) {
    Map<String, MetricTarget> updates =
        run.slaOf(ticket).policy().targets().getOrDefault(Metric.PERIODIC_UPDATE, Map.of());
    if (updates.isEmpty()) {
      return false;
    }
    for (TicketEvent event : ticket.events()) {
      if (event.priority() != null && updates.containsKey(event.priority())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpdateTargets(ContractSla sla) {
    return !sla.policy().targets().getOrDefault(Metric.PERIODIC_UPDATE, Map.of()).isEmpty();
  }

  /** Per SLA with update targets, an engine that measures update cycles only, at {@code target}. */
  private static Map<String, ClockEngine> engines(ContractRun run, Duration target) {
    Map<String, ClockEngine> engines = new HashMap<>();
    for (ContractSla sla : run.contract.slas()) {
      if (hasUpdateTargets(sla)) {
        SlaPolicy policy = sla.policy();
        Map<String, MetricTarget> updates = new HashMap<>();
        policy
            .targets()
            .get(Metric.PERIODIC_UPDATE)
            .forEach(
                (priority, t) -> updates.put(priority, new MetricTarget(target, t.calendar())));
        Map<Metric, Map<String, MetricTarget>> targets = new EnumMap<>(Metric.class);
        targets.put(Metric.PERIODIC_UPDATE, updates);
        engines.put(
            sla.id(),
            run.engine(
                new SlaPolicy(
                    policy.id(),
                    policy.services(),
                    targets,
                    policy.pauseOn(),
                    policy.onPriorityChange(),
                    policy.onReopen(),
                    List.of())));
      }
    }
    return engines;
  }

  private static Set<Integer> metCycles(List<ClockResult> clocks) {
    Set<Integer> met = new HashSet<>();
    for (ClockResult clock : clocks) {
      if (clock.state() == ClockState.MET) {
        met.add(clock.cycle());
      }
    }
    return met;
  }
}
