package org.accordo.app.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accordo.core.availability.TimeSpan;

/** Unions, clips and intersections of half-open time spans, for coverage and uptime. */
final class Spans {

  private Spans() {}

  /** The union of {@code spans} inside {@code window}, disjoint and in time order. */
  static List<TimeSpan> union(List<TimeSpan> spans, TimeSpan window) {
    List<TimeSpan> sorted =
        spans.stream()
            .map(s -> clip(s, window))
            .filter(s -> !s.isEmpty())
            .sorted(Comparator.comparing(TimeSpan::startInclusive))
            .toList();
    List<TimeSpan> merged = new ArrayList<>();
    for (TimeSpan span : sorted) {
      TimeSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !span.startInclusive().isAfter(last.endExclusive())) {
        Instant end = max(last.endExclusive(), span.endExclusive());
        merged.set(merged.size() - 1, new TimeSpan(last.startInclusive(), end));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /** The gaps of {@code window} that no span of the (disjoint, ordered) {@code covered} covers. */
  static List<TimeSpan> gaps(List<TimeSpan> covered, TimeSpan window) {
    List<TimeSpan> gaps = new ArrayList<>();
    Instant at = window.startInclusive();
    for (TimeSpan span : covered) {
      if (span.startInclusive().isAfter(at)) {
        gaps.add(new TimeSpan(at, span.startInclusive()));
      }
      at = max(at, span.endExclusive());
    }
    if (at.isBefore(window.endExclusive())) {
      gaps.add(new TimeSpan(at, window.endExclusive()));
    }
    return gaps;
  }

  /** The total length of disjoint spans. */
  static Duration total(List<TimeSpan> disjoint) {
    return disjoint.stream().map(TimeSpan::length).reduce(Duration.ZERO, Duration::plus);
  }

  /** The length of time inside both (each disjoint) lists. */
  static Duration overlap(List<TimeSpan> a, List<TimeSpan> b) {
    Duration total = Duration.ZERO;
    for (TimeSpan x : a) {
      for (TimeSpan y : b) {
        Instant start = max(x.startInclusive(), y.startInclusive());
        Instant end = min(x.endExclusive(), y.endExclusive());
        if (start.isBefore(end)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  static TimeSpan clip(TimeSpan span, TimeSpan window) {
    Instant start = max(span.startInclusive(), window.startInclusive());
    Instant end = min(span.endExclusive(), window.endExclusive());
    return start.isBefore(end) ? new TimeSpan(start, end) : new TimeSpan(start, start);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
