package org.accordo.bench.clock;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.TicketEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Folds one realistic ticket (10 events, all 5 metrics, business calendar with holidays) into its
 * clocks, single-threaded. The score in operations per second is tickets per second; the target is
 * at least 500,000. Several tickets at different instants keep the calendar from serving one cached
 * week.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClockEngineBenchmark {

  private ClockEngine engine;
  private List<List<TicketEvent>> tickets;
  private Instant now;
  private int next;

  @Setup
  public void setUp() {
    engine = ClockBenchFixtures.engine();
    Instant start = Instant.parse("2026-03-02T08:13:00Z");
    tickets = new java.util.ArrayList<>();
    for (int i = 0; i < 64; i++) {
      tickets.add(
          ClockBenchFixtures.ticket(
              "T" + i, start.plusSeconds(i * 97_531L), i % 8 == 0 ? "P1" : "P2"));
    }
    now = start.plusSeconds(200 * 86_400L);
  }

  @Benchmark
  public List<ClockResult> foldOneTicket() {
    List<TicketEvent> ticket = tickets.get(next);
    next = (next + 1) & 63;
    return engine.fold(ticket, now);
  }
}
