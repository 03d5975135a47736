package org.accordo.bench.clock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.TicketEvent;

/**
 * The fold of {@link ClockEngineBenchmark} measured in the thread's CPU time rather than wall time:
 * on a machine shared with other jobs, JMH's wall-clock throughput reports the share of the core
 * the benchmark got, this reports what a fold costs. Prints tickets per CPU-second for each of 14
 * rounds of 400,000 folds and their median. Usage: {@code java -cp benchmarks.jar
 * org.accordo.bench.clock.ClockFoldCpuTime}.
 */
public final class ClockFoldCpuTime {

  private ClockFoldCpuTime() {}

  public static void main(String[] args) {
    ClockEngine engine = ClockBenchFixtures.engine();
    Instant start = Instant.parse("2026-03-02T08:13:00Z");
    List<List<TicketEvent>> tickets = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      tickets.add(
          ClockBenchFixtures.ticket(
              "T" + i, start.plusSeconds(i * 97_531L), i % 8 == 0 ? "P1" : "P2"));
    }
    Instant now = start.plusSeconds(200 * 86_400L);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = 14;
    int folds = 400_000;
    double[] rates = new double[rounds];
    long results = 0;
    for (int round = 0; round < rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < folds; i++) {
        results += engine.fold(tickets.get(i & 63), now).size();
      }
      rates[round] = folds / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
      System.out.printf("round %2d: %,.0f tickets per CPU-second%n", round, rates[round]);
    }
    double[] measured = Arrays.copyOfRange(rates, 4, rounds); // the first rounds warm up
    Arrays.sort(measured);
    System.out.printf(
        "median of rounds 4-13: %,.0f tickets per CPU-second (%d results)%n",
        measured[measured.length / 2], results);
  }
}
