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

  /**
   * Segment {@code s} is {@code segs[3s]} (from), {@code segs[3s+1]} (to) and {@code segs[3s+2]}:
   * its kind in bits 0-1, the event that closed it plus one in bits 2-33 (0: now), the event that
   * opened it plus one from bit 34. One array per cycle instead of four.
   */
  private long[] segs = new long[6];

  int segments;

  private long openFrom;
  private byte openKind;
  private int openWhy;

  Cycle(
      Metric metric,
      int number,
      long startMs,
      String priority,
      int priorityIndex,
      byte kind,
      int why) {
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
    int at = 3 * segments;
    if (at == segs.length) {
      segs = java.util.Arrays.copyOf(segs, 2 * segs.length);
    }
    segs[at] = openFrom;
    segs[at + 1] = atMs;
    segs[at + 2] = ((long) (openWhy + 1) << 34) | ((long) (closingWhy + 1) << 2) | openKind;
    segments++;
    openFrom = atMs;
  }

  long from(int segment) {
    return segs[3 * segment];
  }

  long to(int segment) {
    return segs[3 * segment + 1];
  }

  /** The event that opened {@code segment}. */
  int why(int segment) {
    return (int) (segs[3 * segment + 2] >>> 34) - 1;
  }

  /** The event that closed {@code segment}, or -1 if "now" did. */
  int closedBy(int segment) {
    return (int) ((segs[3 * segment + 2] >>> 2) & 0xFFFF_FFFFL) - 1;
  }

  byte kind(int segment) {
    return (byte) (segs[3 * segment + 2] & 3);
  }
}
