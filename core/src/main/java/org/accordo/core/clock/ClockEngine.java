package org.accordo.core.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.policy.EscalationThreshold;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.PriorityChangeRule;
import org.accordo.core.policy.ReopenRule;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.policy.TicketStatus;

/**
 * Computes every clock of tickets measured by one SLA policy (SLA semantics §2–3): a pure function
 * of (policy, calendars, events, now). Each call folds the whole history of each ticket again, so
 * arrival order and late events never change a result. Immutable and thread-safe; build one per
 * policy and reuse it.
 */
public final class ClockEngine {

  /** A metric's target at one priority, resolved to its calendar. */
  record Target(long targetMs, String calendarName, BusinessCalendar calendar) {}

  private final SlaPolicy policy;
  private final Set<String> priorities;
  private final List<Map<String, Target>> targets;

  /** The contract's priorities in id order; events carry ids, the fold works with their index. */
  private final String[] priorityIds;

  private final Map<String, Integer> priorityIndex = new HashMap<>();

  /** {@code targetTable[metric.ordinal()][priorityIndex]}, null where the SLA sets no target. */
  private final Target[][] targetTable;

  private final int[] pauseMasks;
  final double[] fractions;
  final String[] levels;

  /**
   * @param policy the SLA that measures the tickets
   * @param calendars the contract's calendars by name; every calendar the policy names must be here
   * @param priorities the priority ids the contract defines; events naming another are rejected
   * @throws IllegalArgumentException if the policy names a calendar that is not given
   */
  public ClockEngine(
      SlaPolicy policy, Map<String, BusinessCalendar> calendars, Set<String> priorities) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.priorities = Set.copyOf(priorities);
    this.targets = new ArrayList<>();
    this.pauseMasks = new int[Metric.values().length];
    for (Metric metric : Metric.values()) {
      Map<String, Target> byPriority = new HashMap<>();
      for (Map.Entry<String, MetricTarget> entry :
          policy.targets().getOrDefault(metric, Map.of()).entrySet()) {
        MetricTarget target = entry.getValue();
        BusinessCalendar calendar = calendars.get(target.calendar());
        if (calendar == null) {
          throw new IllegalArgumentException(
              "SLA "
                  + policy.id()
                  + ": "
                  + metric
                  + " at "
                  + entry.getKey()
                  + " is measured on calendar '"
                  + target.calendar()
                  + "', which the contract does not define");
        }
        byPriority.put(
            entry.getKey(), new Target(target.target().toMillis(), target.calendar(), calendar));
      }
      targets.add(byPriority);
      for (TicketStatus status : policy.pausesFor(metric)) {
        pauseMasks[metric.ordinal()] |= 1 << status.ordinal();
      }
    }
    this.priorityIds = new java.util.TreeSet<>(this.priorities).toArray(new String[0]);
    this.targetTable = new Target[Metric.values().length][priorityIds.length];
    for (int p = 0; p < priorityIds.length; p++) {
      priorityIndex.put(priorityIds[p], p);
      for (Metric metric : Metric.values()) {
        targetTable[metric.ordinal()][p] = targets.get(metric.ordinal()).get(priorityIds[p]);
      }
    }
    List<EscalationThreshold> thresholds = policy.escalation();
    this.fractions = new double[thresholds.size()];
    this.levels = new String[thresholds.size()];
    for (int i = 0; i < fractions.length; i++) {
      fractions[i] = thresholds.get(i).atFraction();
      levels[i] = thresholds.get(i).level();
    }
  }

  /** The policy this engine measures by. */
  public SlaPolicy policy() {
    return policy;
  }

  /**
   * Folds the events of any number of tickets, interleaved in any order.
   *
   * @param events the events as they arrived; ties of instant keep this order
   * @param now the instant the results are computed at; no event may be later
   * @return the clock results ordered by ticket, metric id and cycle
   * @throws InvalidTicketHistory naming the ticket and event when a history is invalid
   */
  public List<ClockResult> replay(List<TicketEvent> events, Instant now) {
    Map<String, List<TicketEvent>> byTicket = new LinkedHashMap<>();
    for (TicketEvent event : events) {
      byTicket.computeIfAbsent(event.ticket(), t -> new ArrayList<>()).add(event);
    }
    List<ClockResult> results = new ArrayList<>();
    for (List<TicketEvent> ticketEvents : new TreeMap<>(byTicket).values()) {
      results.addAll(fold(ticketEvents, now));
    }
    return results;
  }

  /**
   * Folds one ticket's events.
   *
   * @param events every event of one ticket, in arrival order
   * @param now the instant the results are computed at; no event may be later
   * @return the ticket's clock results ordered by metric id and cycle
   * @throws InvalidTicketHistory naming the ticket and event when the history is invalid
   * @throws IllegalArgumentException if the events belong to several tickets or none
   */
  public List<ClockResult> fold(List<TicketEvent> events, Instant now) {
    return new TicketFold(this, events, now).results();
  }

  /**
   * Checks one ticket's history without measuring it: the checks {@link #fold} makes first.
   *
   * @throws InvalidTicketHistory naming the ticket and event when the history is invalid
   */
  public void validate(List<TicketEvent> events, Instant now) {
    new TicketFold(this, events, now);
  }

  /** The target of {@code metric} at the priority of index {@code priority}, or null. */
  Target target(Metric metric, int priority) {
    return targetTable[metric.ordinal()][priority];
  }

  /** The index of a priority id the contract defines (see {@link #knowsPriority}). */
  int priorityIndex(String priority) {
    return priorityIndex.get(priority);
  }

  boolean pauses(Metric metric, TicketStatus status) {
    return (pauseMasks[metric.ordinal()] & (1 << status.ordinal())) != 0;
  }

  boolean knowsPriority(String priority) {
    return priorities.contains(priority);
  }

  Set<String> priorities() {
    return priorities;
  }

  PriorityChangeRule onPriorityChange() {
    return policy.onPriorityChange();
  }

  ReopenRule onReopen() {
    return policy.onReopen();
  }
}
