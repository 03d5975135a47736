package org.accordo.core.clock;

import org.accordo.core.policy.Metric;

/**
 * One cycle of one metric while a ticket's events are folded: its start, stop and the wall-time
 * segments in which it counted, was paused by a status, or stood stopped (resolved, before a
 * reopen). Mutable, confined to one fold; times are epoch milliseconds.
 */
final class Cycle {

  static final byte COUNTING = 0;
  static final byte PAUSED = 1;
  static final byte STOPPED = 2;
  static final long NOT_STOPPED = Long.MIN_VALUE;

  final Metric metric;
  final int number;
  final long startMs;
  /** Index of the event that started the cycle. */
  final int startWhy;
  String priority;
  /** The index of {@link #priority} among the contract's priorities. */
  int priorityIndex;
  long stopMs = NOT_STOPPED;
  boolean superseded;
  int stopWhy = -1;

  /** Segment {@code s} spans {@code [bounds[2s], bounds[2s+1])}. */
  private long[] bounds = new long[4];
  /** The event that opened segment {@code s} at {@code 2s}, the one that closed it at {@code 2s+1} (-1: now). */
  private int[] whys = new int[4];
  private byte[] kinds = new byte[2];
  int segments;

  private long openFrom;
  private byte openKind;
  private int openWhy;

  Cycle(Metric metric, int number, long startMs, String priority, int priorityIndex, byte kind, int why) {
    this.metric = metric;
    this.number = number;
    this.startMs = startMs;
    this.startWhy = why;
    this.priority = priority;
    this.priorityIndex = priorityIndex;
    this.openFrom = startMs;
    this.openKind = kind;
    this.openWhy = why;
  }

  boolean isStopped() {
    return stopMs != NOT_STOPPED;
  }

  byte openKind() {
    return openKind;
  }

  /** From {@code atMs} on the clock is in {@code kind}, because of event {@code why}. */
  void switchTo(long atMs, byte kind, int why) {
    if (kind == openKind) {
      return;
    }
    close(atMs, why);
    openFrom = atMs;
    openKind = kind;
    openWhy = why;
  }

  /** Stops the clock at {@code atMs} because of event {@code why}. */
  void stop(long atMs, int why) {
    close(atMs, why);
    stopMs = atMs;
    stopWhy = why;
  }

  /** Starts a stopped clock again at {@code atMs} (a reopen under {@code resume}). */
  void resume(long atMs, byte kind, int why) {
    openFrom = stopMs;
    openKind = STOPPED;
    openWhy = stopWhy;
    close(atMs, why);
    stopMs = NOT_STOPPED;
    openFrom = atMs;
    openKind = kind;
    openWhy = why;
  }

  /** Closes the open segment at {@code endMs} (the stop, or "now" for a running clock). */
  void finish(long endMs) {
    if (!isStopped()) {
      close(endMs, -1);
      openFrom = endMs;
    }
  }

  private void close(long atMs, int closingWhy) {
    if (atMs <= openFrom) {
      return;
    }
    if (segments == kinds.length) {
      int size = segments * 2;
      bounds = java.util.Arrays.copyOf(bounds, 2 * size);
      whys = java.util.Arrays.copyOf(whys, 2 * size);
      kinds = java.util.Arrays.copyOf(kinds, size);
    }
    bounds[2 * segments] = openFrom;
    bounds[2 * segments + 1] = atMs;
    whys[2 * segments] = openWhy;
    whys[2 * segments + 1] = closingWhy;
    kinds[segments] = openKind;
    segments++;
    openFrom = atMs;
  }

  long from(int segment) {
    return bounds[2 * segment];
  }

  long to(int segment) {
    return bounds[2 * segment + 1];
  }

  /** The event that opened {@code segment}. */
  int why(int segment) {
    return whys[2 * segment];
  }

  /** The event that closed {@code segment}, or -1 if "now" did. */
  int closedBy(int segment) {
    return whys[2 * segment + 1];
  }

  byte kind(int segment) {
    return kinds[segment];
  }
}
