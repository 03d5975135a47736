package org.accordo.core.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket part of one SLA of a contract: targets per metric and priority, the statuses that
 * pause each metric, and what priority changes and reopens do. Immutable.
 *
 * @param id the SLA's id in its contract
 * @param services the ids of the services whose tickets this SLA measures
 * @param targets per metric, per priority id, the target; a missing entry means no clock
 * @param pauseOn per metric, the statuses that pause it; metrics absent here take {@link
 *     Metric#defaultPauses()}
 * @param onPriorityChange what a priority change does
 * @param onReopen what a reopen does to the resolution clock
 * @param escalation the thresholds, in ascending order of fraction
 */
public record SlaPolicy(
    String id,
    List<String> services,
    Map<Metric, Map<String, MetricTarget>> targets,
    Map<Metric, Set<TicketStatus>> pauseOn,
    PriorityChangeRule onPriorityChange,
    ReopenRule onReopen,
    List<EscalationThreshold> escalation) {

  public SlaPolicy {
    Objects.requireNonNull(id, "id");
    services = List.copyOf(services);
    Objects.requireNonNull(onPriorityChange, "onPriorityChange");
    Objects.requireNonNull(onReopen, "onReopen");
    escalation = List.copyOf(escalation);
    EnumMap<Metric, Map<String, MetricTarget>> copiedTargets = new EnumMap<>(Metric.class);
    targets.forEach((metric, byPriority) -> copiedTargets.put(metric, Map.copyOf(byPriority)));
    targets = java.util.Collections.unmodifiableMap(copiedTargets);
    EnumMap<Metric, Set<TicketStatus>> copiedPauses = new EnumMap<>(Metric.class);
    pauseOn.forEach((metric, statuses) -> copiedPauses.put(metric, Set.copyOf(statuses)));
    pauseOn = java.util.Collections.unmodifiableMap(copiedPauses);
    for (int i = 1; i < escalation.size(); i++) {
      if (escalation.get(i).atFraction() <= escalation.get(i - 1).atFraction()) {
        throw new IllegalArgumentException(
            "escalation thresholds must ascend, found "
                + escalation.get(i).atFraction()
                + " after "
                + escalation.get(i - 1).atFraction());
      }
    }
  }

  /** The target of {@code metric} at {@code priority}, or empty when the SLA sets none. */
  public Optional<MetricTarget> target(Metric metric, String priority) {
    return Optional.ofNullable(targets.getOrDefault(metric, Map.of()).get(priority));
  }

  /** The statuses that pause {@code metric} under this policy. */
  public Set<TicketStatus> pausesFor(Metric metric) {
    return pauseOn.getOrDefault(metric, metric.defaultPauses());
  }

  /** True when this SLA measures tickets at all (it has at least one metric target). */
  public boolean measuresTickets() {
    return targets.values().stream().anyMatch(byPriority -> !byPriority.isEmpty());
  }
}
