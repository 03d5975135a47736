package org.accordo.bench.calendar;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.HolidayRegion;
import org.accordo.core.calendar.OpeningHours;

/**
 * The cases of {@link BusinessCalendarBenchmark}, timed by the thread's CPU time instead of the
 * wall clock: on a shared machine where other processes take the cores, JMH's wall-clock throughput
 * says more about the neighbours than about the code. Prints operations per CPU-second for six
 * rounds of 20 million each. Run: {@code java -cp bench/target/benchmarks.jar
 * org.accordo.bench.calendar.CalendarCpuThroughput}.
 */
public final class CalendarCpuThroughput {

  private static final int CASES = 1 << 16;
  private static final int OPERATIONS = 20_000_000;

  private CalendarCpuThroughput() {}

  public static void main(String[] args) {
    BusinessCalendar rome =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(OpeningHours.parse("09:00-13:00"), OpeningHours.parse("14:00-18:00")))
            .holidays(HolidayRegion.of("IT"))
            .build();
    long[] starts = new long[CASES];
    long[] amounts = new long[CASES];
    long[] deadlines = new long[CASES];
    SplittableRandom random = new SplittableRandom(20260109);
    long from = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("2028-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < CASES; i++) {
      starts[i] = random.nextLong(from, to);
      amounts[i] = random.nextLong(15 * 60_000L, 120 * 3_600_000L + 1);
      deadlines[i] = rome.addMillis(starts[i], amounts[i]);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 6; round++) {
      long sum = 0;
      long t0 = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < OPERATIONS; k++) {
        int i = k & (CASES - 1);
        sum += rome.addMillis(starts[i], amounts[i]);
      }
      long t1 = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < OPERATIONS; k++) {
        int i = k & (CASES - 1);
        sum += rome.elapsedMillis(starts[i], deadlines[i]);
      }
      long t2 = threads.getCurrentThreadCpuTime();
      System.out.printf(
          "round %d: add %.1f M ops per CPU-second, elapsed %.1f M ops per CPU-second (checksum %d)%n",
          round, OPERATIONS / ((t1 - t0) / 1e3), OPERATIONS / ((t2 - t1) / 1e3), sum & 0xff);
    }
  }
}
