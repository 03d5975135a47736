package org.accordo.core.clock;

import java.util.Arrays;
import org.accordo.core.policy.Metric;

/**
 * The excluded intervals of one ticket, per metric, merged where they overlap and sorted, in epoch
 * milliseconds. Each merged interval remembers the event that opened it, for timelines.
 */
final class ExclusionSet {

  private static final ExclusionSet NONE =
      new ExclusionSet(new long[0][], new long[0][], new int[0][]);
  private static final long[] NO_TIMES = new long[0];
  private static final int[] NO_EVENTS = new int[0];

  private final long[][] from;
  private final long[][] to;
  private final int[][] event;

  private ExclusionSet(long[][] from, long[][] to, int[][] event) {
    this.from = from;
    this.to = to;
    this.event = event;
  }

  static ExclusionSet of(TicketEvent[] events) {
    int count = 0;
    for (TicketEvent e : events) {
      if (e.type() == EventType.EXCLUDED) {
        count++;
      }
    }
    if (count == 0) {
      return NONE;
    }
    int metrics = Metric.values().length;
    long[][] from = new long[metrics][];
    long[][] to = new long[metrics][];
    int[][] event = new int[metrics][];
    for (Metric metric : Metric.values()) {
      merge(events, metric, from, to, event);
    }
    return new ExclusionSet(from, to, event);
  }

  private static void merge(
      TicketEvent[] events, Metric metric, long[][] from, long[][] to, int[][] event) {
    long[][] raw = new long[events.length][];
    int n = 0;
    for (int i = 0; i < events.length; i++) {
      Exclusion x = events[i].exclusion();
      if (x != null && x.appliesTo(metric)) {
        raw[n++] = new long[] {x.from().toEpochMilli(), x.to().toEpochMilli(), i};
      }
    }
    Arrays.sort(raw, 0, n, (a, b) -> Long.compare(a[0], b[0]));
    long[] f = new long[n];
    long[] t = new long[n];
    int[] e = new int[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (m > 0 && raw[k][0] <= t[m - 1]) {
        t[m - 1] = Math.max(t[m - 1], raw[k][1]);
      } else {
        f[m] = raw[k][0];
        t[m] = raw[k][1];
        e[m] = (int) raw[k][2];
        m++;
      }
    }
    int o = metric.ordinal();
    from[o] = Arrays.copyOf(f, m);
    to[o] = Arrays.copyOf(t, m);
    event[o] = Arrays.copyOf(e, m);
  }

  /** Starts of the merged intervals for {@code metric}, ascending. */
  long[] from(Metric metric) {
    return from.length == 0 ? NO_TIMES : from[metric.ordinal()];
  }

  /** Ends (exclusive) of the merged intervals for {@code metric}. */
  long[] to(Metric metric) {
    return to.length == 0 ? NO_TIMES : to[metric.ordinal()];
  }

  /** Index of the event that opened each merged interval. */
  int[] event(Metric metric) {
    return event.length == 0 ? NO_EVENTS : event[metric.ordinal()];
  }

  /** True when {@code atMs} lies in an excluded interval for {@code metric}. */
  boolean covers(Metric metric, long atMs) {
    long[] f = from(metric);
    long[] t = to(metric);
    for (int k = 0; k < f.length; k++) {
      if (f[k] <= atMs && atMs < t[k]) {
        return true;
      }
    }
    return false;
  }
}
