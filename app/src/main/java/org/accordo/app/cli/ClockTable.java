package org.accordo.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.accordo.core.clock.ClockResult;

/** Prints clock results as a fixed-width table, one clock a row, durations as {@code 1h05m}. */
final class ClockTable {

  private static final String ROW = "%-12s %-16s %5s %-8s %-10s %-20s %-20s %-20s %10s %10s %10s%n";
  private final PrintWriter out;

  ClockTable(PrintWriter out) {
    this.out = out;
    out.printf(
        ROW,
        "TICKET",
        "METRIC",
        "CYCLE",
        "PRIORITY",
        "STATE",
        "STARTED",
        "DUE",
        "BREACHED",
        "TARGET",
        "ELAPSED",
        "REMAINING");
  }

  void row(ClockResult r) {
    out.printf(
        ROW,
        r.ticket(),
        r.metric().id(),
        r.cycle(),
        r.priority(),
        r.state().id(),
        instant(r.startedAt()),
        instant(r.dueAt()),
        instant(r.breachedAt()),
        duration(r.targetSeconds()),
        duration(r.elapsedSeconds()),
        duration(r.remainingSeconds()));
  }

  private static String instant(Instant at) {
    return at == null ? "-" : at.toString();
  }

  /** {@code 2h05m}, {@code 45s}, {@code -3h00m}: hours and minutes, seconds only under a minute. */
  static String duration(long seconds) {
    String sign = seconds < 0 ? "-" : "";
    long s = Math.abs(seconds);
    if (s < 60) {
      return sign + s + "s";
    }
    return String.format("%s%dh%02dm", sign, s / 3600, (s % 3600) / 60);
  }
}
