package org.accordo.core.clock;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;

/**
 * The orders a fold puts things in, and its prebuilt texts. Insertion sorts on precomputed keys: a
 * ticket has a handful of events and clocks, where they beat a comparator sort.
 */
final class FoldOrder {

  /** Each metric's place when results are ordered by metric id. */
  private static final int[] ID_ORDER = new int[Metric.values().length];

  /** {@code ": <type>, status <status>"} for each event type and status. */
  private static final String[][] WHY_SUFFIX =
      new String[EventType.values().length][TicketStatus.values().length];

  static {
    Metric[] byId = Metric.values();
    Arrays.sort(byId, Comparator.comparing(Metric::id));
    for (int rank = 0; rank < byId.length; rank++) {
      ID_ORDER[byId[rank].ordinal()] = rank;
    }
    for (EventType type : EventType.values()) {
      for (TicketStatus status : TicketStatus.values()) {
        WHY_SUFFIX[type.ordinal()][status.ordinal()] = ": " + type.id() + ", status " + status.id();
      }
    }
  }

  private FoldOrder() {}

  /**
   * Orders {@code events} by instant, {@code created} first among ties, then by arrival (stable),
   * and fills {@code atMs[i]} with the instant of {@code events[i]} in epoch milliseconds.
   */
  static void sortByInstant(TicketEvent[] events, long[] atMs) {
    for (int i = 0; i < events.length; i++) {
      TicketEvent event = events[i];
      long key = event.at().toEpochMilli();
      boolean created = event.type() == EventType.CREATED;
      int j = i - 1;
      while (j >= 0
          && (atMs[j] > key
              || (atMs[j] == key && created && events[j].type() != EventType.CREATED))) {
        events[j + 1] = events[j];
        atMs[j + 1] = atMs[j];
        j--;
      }
      events[j + 1] = event;
      atMs[j + 1] = key;
    }
  }

  /** Orders cycles by metric id, then cycle number: the order of results. */
  static void sortByMetricIdAndCycle(List<Cycle> cycles) {
    for (int i = 1; i < cycles.size(); i++) {
      Cycle cycle = cycles.get(i);
      int j = i - 1;
      while (j >= 0 && after(cycles.get(j), cycle)) {
        cycles.set(j + 1, cycles.get(j));
        j--;
      }
      cycles.set(j + 1, cycle);
    }
  }

  private static boolean after(Cycle a, Cycle b) {
    int byMetric = ID_ORDER[a.metric.ordinal()] - ID_ORDER[b.metric.ordinal()];
    return byMetric > 0 || (byMetric == 0 && a.number > b.number);
  }

  /**
   * The end of a timeline {@code why} after the event id: {@code ": status_changed, status open"}.
   */
  static String whySuffix(EventType type, TicketStatus statusAfter) {
    return WHY_SUFFIX[type.ordinal()][statusAfter.ordinal()];
  }
}
