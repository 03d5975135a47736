package org.accordo.bench.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.HolidayRegion;
import org.accordo.core.calendar.OpeningHours;
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
 * {@code add} and {@code elapsed} on the Rome office calendar of the golden README (Mon–Fri
 * 09:00-13:00 and 14:00-18:00, Europe/Rome, Italian holidays): random starts over 2025–2027,
 * business durations from 15 minutes to 120 hours; {@code elapsed} measures from each start to its
 * deadline. Single-threaded throughput; one operation per call, cycling through 64k cases so the
 * branch predictor cannot learn them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BusinessCalendarBenchmark {

  private static final int CASES = 1 << 16;
  private static final long MINUTE = 60_000L;

  private final long[] starts = new long[CASES];
  private final long[] amounts = new long[CASES];
  private final long[] deadlines = new long[CASES];
  private BusinessCalendar rome;
  private int next;

  @Setup
  public void setUp() {
    rome =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(OpeningHours.parse("09:00-13:00"), OpeningHours.parse("14:00-18:00")))
            .holidays(HolidayRegion.of("IT"))
            .build();
    SplittableRandom random = new SplittableRandom(20260109);
    long from = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("2028-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < CASES; i++) {
      starts[i] = random.nextLong(from, to);
      amounts[i] = random.nextLong(15 * MINUTE, 120 * 60 * MINUTE + 1);
      deadlines[i] = rome.addMillis(starts[i], amounts[i]);
    }
  }

  @Benchmark
  public long add() {
    int i = next++ & (CASES - 1);
    return rome.addMillis(starts[i], amounts[i]);
  }

  @Benchmark
  public long elapsed() {
    int i = next++ & (CASES - 1);
    return rome.elapsedMillis(starts[i], deadlines[i]);
  }

  /** The same work through the {@code Instant}/{@code Duration} API, for comparison. */
  @Benchmark
  public Instant addInstant() {
    int i = next++ & (CASES - 1);
    return rome.add(Instant.ofEpochMilli(starts[i]), java.time.Duration.ofMillis(amounts[i]));
  }
}
