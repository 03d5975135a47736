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
  String priority;
  long stopMs = NOT_STOPPED;
  boolean superseded;
  int stopWhy = -1;

  long[] segFrom = new long[4];
  long[] segTo = new long[4];
  byte[] segKind = new byte[4];
  int[] segWhy = new int[4];
  int segments;

  private long openFrom;
  private byte openKind;
  private int openWhy;

  Cycle(Metric metric, int number, long startMs, String priority, byte kind, int why) {
    this.metric = metric;
    this.number = number;
    this.startMs = startMs;
    this.priority = priority;
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
    close(atMs);
    openFrom = atMs;
    openKind = kind;
    openWhy = why;
  }

  /** Stops the clock at {@code atMs} because of event {@code why}. */
  void stop(long atMs, int why) {
    close(atMs);
    stopMs = atMs;
    stopWhy = why;
  }

  /** Starts a stopped clock again at {@code atMs} (a reopen under {@code resume}). */
  void resume(long atMs, byte kind, int why) {
    openFrom = stopMs;
    openKind = STOPPED;
    openWhy = stopWhy;
    close(atMs);
    stopMs = NOT_STOPPED;
    openFrom = atMs;
    openKind = kind;
    openWhy = why;
  }

  /** Closes the open segment at {@code endMs} (the stop, or "now" for a running clock). */
  void finish(long endMs) {
    if (!isStopped()) {
      close(endMs);
      openFrom = endMs;
    }
  }

  private void close(long atMs) {
    if (atMs <= openFrom) {
      return;
    }
    if (segments == segFrom.length) {
      int size = segments * 2;
      segFrom = java.util.Arrays.copyOf(segFrom, size);
      segTo = java.util.Arrays.copyOf(segTo, size);
      segKind = java.util.Arrays.copyOf(segKind, size);
      segWhy = java.util.Arrays.copyOf(segWhy, size);
    }
    segFrom[segments] = openFrom;
    segTo[segments] = atMs;
    segKind[segments] = openKind;
    segWhy[segments] = openWhy;
    segments++;
    openFrom = atMs;
  }
}
