package org.accordo.core.availability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of instants held as sorted, disjoint, non-adjacent half-open intervals in epoch
 * milliseconds. Immutable. Union on construction merges overlapping and touching intervals, so no
 * instant counts twice.
 */
final class IntervalSet {

  private static final IntervalSet EMPTY = new IntervalSet(new long[0]);

  /** Pairs {@code start0, end0, start1, end1, ...}; each start < end < next start. */
  private final long[] bounds;

  private IntervalSet(long[] bounds) {
    this.bounds = bounds;
  }

  static IntervalSet empty() {
    return EMPTY;
  }

  /** The union of the spans; empty spans are dropped. */
  static IntervalSet of(Collection<TimeSpan> spans) {
    List<TimeSpan> sorted = new ArrayList<>(spans);
    sorted.removeIf(TimeSpan::isEmpty);
    sorted.sort(Comparator.comparing(TimeSpan::startInclusive));
    long[] merged = new long[sorted.size() * 2];
    int n = 0;
    for (TimeSpan span : sorted) {
      long start = span.startInclusive().toEpochMilli();
      long end = span.endExclusive().toEpochMilli();
      if (n > 0 && start <= merged[n - 1]) {
        merged[n - 1] = Math.max(merged[n - 1], end);
      } else {
        merged[n++] = start;
        merged[n++] = end;
      }
    }
    return new IntervalSet(java.util.Arrays.copyOf(merged, n));
  }

  static IntervalSet of(TimeSpan span) {
    return of(List.of(span));
  }

  /** The instants in both sets. */
  IntervalSet intersect(IntervalSet other) {
    long[] out = new long[bounds.length + other.bounds.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < bounds.length && j < other.bounds.length) {
      long start = Math.max(bounds[i], other.bounds[j]);
      long end = Math.min(bounds[i + 1], other.bounds[j + 1]);
      if (start < end) {
        out[n++] = start;
        out[n++] = end;
      }
      if (bounds[i + 1] < other.bounds[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return new IntervalSet(java.util.Arrays.copyOf(out, n));
  }

  /** The instants in this set and not in {@code other}. */
  IntervalSet minus(IntervalSet other) {
    List<Long> out = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < bounds.length; i += 2) {
      long start = bounds[i];
      long end = bounds[i + 1];
      while (j < other.bounds.length && other.bounds[j + 1] <= start) {
        j += 2;
      }
      int k = j;
      while (k < other.bounds.length && other.bounds[k] < end) {
        if (other.bounds[k] > start) {
          out.add(start);
          out.add(other.bounds[k]);
        }
        start = Math.max(start, other.bounds[k + 1]);
        k += 2;
      }
      if (start < end) {
        out.add(start);
        out.add(end);
      }
    }
    return new IntervalSet(out.stream().mapToLong(Long::longValue).toArray());
  }

  /** The total length in milliseconds. */
  long totalMillis() {
    long total = 0;
    for (int i = 0; i < bounds.length; i += 2) {
      total += bounds[i + 1] - bounds[i];
    }
    return total;
  }

  boolean isEmpty() {
    return bounds.length == 0;
  }

  /** True when the set shares at least one instant with {@code span}. */
  boolean overlaps(TimeSpan span) {
    return !intersect(of(span)).isEmpty();
  }

  /** The intervals as spans, in time order. */
  List<TimeSpan> spans() {
    List<TimeSpan> spans = new ArrayList<>(bounds.length / 2);
    for (int i = 0; i < bounds.length; i += 2) {
      spans.add(new TimeSpan(Instant.ofEpochMilli(bounds[i]), Instant.ofEpochMilli(bounds[i + 1])));
    }
    return spans;
  }
}
