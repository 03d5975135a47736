package org.accordo.core.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.PriorityChangeRule;
import org.accordo.core.policy.ReopenRule;
import org.accordo.core.policy.TicketStatus;

/**
 * One fold of one ticket's history into its cycles (SLA semantics §2–3). Events are ordered by
 * instant, {@code created} first among ties, then by arrival; the fold walks them once, starting,
 * pausing, resuming and stopping cycles, then measures each cycle on its calendar. Confined to one
 * call of {@link ClockEngine#fold}.
 */
final class TicketFold {

  private static final Metric[] METRICS = Metric.values();
  private final ClockEngine engine;
  final TicketEvent[] events;
  final long nowMs;

  /** {@code events[i].at()} in epoch milliseconds. */
  final long[] atMs;

  private final Instant now;
  final String ticket;
  final TicketStatus[] statusAfter;
  private final String[] whys;
  final ExclusionSet exclusions;

  private final List<Cycle> cycles = new ArrayList<>(8);
  private final Cycle[] current = new Cycle[METRICS.length];
  private final int[] cycleCount = new int[METRICS.length];
  private TicketStatus status = TicketStatus.NEW;
  private String priority;
  private int priorityIndex;
  private boolean cancelled;

  TicketFold(ClockEngine engine, List<TicketEvent> input, Instant now) {
    this.engine = engine;
    this.now = now;
    this.events = input.toArray(new TicketEvent[0]);
    if (events.length == 0) {
      throw new IllegalArgumentException("a ticket's history needs at least one event");
    }
    this.ticket = events[0].ticket();
    HistoryValidation.requireSupportedYears(ticket, input, now);
    this.nowMs = now.toEpochMilli();
    this.atMs = new long[events.length];
    FoldOrder.sortByInstant(events, atMs);
    this.statusAfter = new TicketStatus[events.length];
    this.whys = new String[events.length];
    new HistoryValidation(this, engine).validate();
    this.exclusions = ExclusionSet.of(events);
  }

  List<ClockResult> results() {
    fold();
    FoldOrder.sortByMetricIdAndCycle(cycles);
    List<ClockResult> results = new ArrayList<>(cycles.size());
    CycleMeasure measure = new CycleMeasure(this, engine);
    for (Cycle cycle : cycles) {
      ClockResult result = measure.result(cycle, cancelled);
      if (result != null) {
        results.add(result);
      }
    }
    return results;
  }

  private void fold() {
    int i = 0;
    for (; i < events.length && !cancelled; i++) {
      apply(events[i], i);
      statusAfter[i] = status;
    }
    for (; i < events.length; i++) {
      statusAfter[i] = status;
    }
    for (Cycle cycle : cycles) {
      if (!cycle.isStopped() && engine.onPriorityChange() == PriorityChangeRule.RETROACTIVE) {
        cycle.priority = priority;
        cycle.priorityIndex = priorityIndex;
      }
      cycle.finish(nowMs);
    }
  }

  private void apply(TicketEvent event, int i) {
    long t = atMs[i];
    switch (event.type()) {
      case CREATED -> {
        priority = event.priority();
        priorityIndex = engine.priorityIndex(priority);
        start(Metric.FIRST_RESPONSE, t, i);
        start(Metric.RESOLUTION_PLAN, t, i);
        start(Metric.RESOLUTION, t, i);
      }
      case PRIORITY_CHANGED -> changePriority(event.priority(), t, i);
      case STATUS_CHANGED -> changeStatus(event.status(), t, i);
      case AGENT_REPLIED -> {
        if (event.isPublicReply() && !status.isResolved()) {
          stopRunning(Metric.FIRST_RESPONSE, t, i);
          stopRunning(Metric.NEXT_REPLY, t, i);
          stopRunning(Metric.PERIODIC_UPDATE, t, i);
          start(Metric.PERIODIC_UPDATE, t, i);
        }
      }
      case CUSTOMER_REPLIED -> {
        if (!status.isResolved() && !isRunning(Metric.NEXT_REPLY)) {
          start(Metric.NEXT_REPLY, t, i);
        }
      }
      case PLAN_PROVIDED -> stopRunning(Metric.RESOLUTION_PLAN, t, i);
      case EXCLUDED -> {}
      case CANCELLED -> {
        for (Metric metric : METRICS) {
          stopRunning(metric, t, i);
        }
        cancelled = true;
      }
      default -> throw new IllegalStateException("unhandled event type " + event.type());
    }
  }

  private void changePriority(String newPriority, long t, int i) {
    if (newPriority.equals(priority)) {
      return;
    }
    priority = newPriority;
    priorityIndex = engine.priorityIndex(newPriority);
    if (engine.onPriorityChange() != PriorityChangeRule.RESTART) {
      return;
    }
    for (Metric metric : METRICS) {
      Cycle cycle = current[metric.ordinal()];
      if (cycle != null && !cycle.isStopped()) {
        cycle.stop(t, i);
        cycle.superseded = true;
        start(metric, t, i);
      }
    }
  }

  private void changeStatus(TicketStatus newStatus, long t, int i) {
    TicketStatus old = status;
    status = newStatus;
    if (!old.isResolved() && newStatus.isResolved()) {
      resolve(t, i);
    } else if (old.isResolved() && !newStatus.isResolved()) {
      reopen(t, i);
    } else if (!newStatus.isResolved()) {
      for (Metric metric : METRICS) {
        Cycle cycle = current[metric.ordinal()];
        if (cycle != null && !cycle.isStopped()) {
          cycle.switchTo(t, kind(metric), i);
        }
      }
    }
  }

  private void resolve(long t, int i) {
    stopRunning(Metric.FIRST_RESPONSE, t, i);
    stopRunning(Metric.RESOLUTION_PLAN, t, i);
    stopRunning(Metric.NEXT_REPLY, t, i);
    stopRunning(Metric.RESOLUTION, t, i);
    Cycle update = current[Metric.PERIODIC_UPDATE.ordinal()];
    if (update != null && !update.isStopped()) {
      stopRunning(Metric.PERIODIC_UPDATE, t, i);
      if (update.startMs == t) {
        cycles.remove(update);
      }
    }
  }

  private void reopen(long t, int i) {
    if (engine.onReopen() == ReopenRule.RESTART) {
      start(Metric.RESOLUTION, t, i);
      return;
    }
    Cycle resolution = current[Metric.RESOLUTION.ordinal()];
    if (resolution != null && resolution.isStopped() && !resolution.superseded) {
      resolution.resume(t, kind(Metric.RESOLUTION), i);
    }
  }

  /**
   * Starts a cycle whatever the targets (SLA semantics §6, "cycles exist whatever the targets"):
   * the priority that measures it decides only whether it gives a result, so cycle numbers count
   * every cycle of the metric and an upgrade under {@code restart} restarts every running metric.
   */
  private void start(Metric metric, long t, int i) {
    int number = ++cycleCount[metric.ordinal()];
    Cycle cycle = new Cycle(metric, number, t, priority, priorityIndex, kind(metric), i);
    current[metric.ordinal()] = cycle;
    cycles.add(cycle);
  }

  private void stopRunning(Metric metric, long t, int i) {
    Cycle cycle = current[metric.ordinal()];
    if (cycle != null && !cycle.isStopped()) {
      cycle.stop(t, i);
      if (engine.onPriorityChange() == PriorityChangeRule.RETROACTIVE) {
        cycle.priority = priority;
        cycle.priorityIndex = priorityIndex;
      }
    }
  }

  private boolean isRunning(Metric metric) {
    Cycle cycle = current[metric.ordinal()];
    return cycle != null && !cycle.isStopped();
  }

  private byte kind(Metric metric) {
    return engine.pauses(metric, status) ? Cycle.PAUSED : Cycle.COUNTING;
  }

  /**
   * Why a segment opened by event {@code i} exists: the event's id and type and the status then.
   */
  String why(int i) {
    String why = whys[i];
    if (why == null) {
      TicketEvent event = events[i];
      why =
          event.type() == EventType.EXCLUDED
              ? event.id() + ": excluded (" + event.exclusion().reason() + ")"
              : event.id().concat(FoldOrder.whySuffix(event.type(), statusAfter[i]));
      whys[i] = why;
    }
    return why;
  }

  /**
   * The instant of {@code epochMilli}: most segment bounds are event instants or now, so their
   * instances are shared instead of allocating one per bound. {@code hint} is the index of the
   * event it probably is, or -1.
   */
  Instant instant(long epochMilli, int hint) {
    if (hint >= 0 && atMs[hint] == epochMilli) {
      return events[hint].at();
    }
    if (epochMilli == nowMs) {
      return now;
    }
    for (int i = 0; i < atMs.length; i++) {
      if (atMs[i] == epochMilli) {
        return events[i].at();
      }
    }
    return Instant.ofEpochMilli(epochMilli);
  }
}
