package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The epoch-millisecond operations: allocation-free once warm, and safe to share between threads.
 */
class BusinessCalendarHotPathTests {

  private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final long TO = Instant.parse("2028-01-01T00:00:00Z").toEpochMilli();
  private static final long HOUR = 3_600_000L;

  @Test
  void addAndElapsedAllocateNothingOnceTheYearsAreCached() {
    BusinessCalendar rome = CalendarFixtures.romeOffice();
    long[] starts = new long[10_000];
    long[] amounts = new long[starts.length];
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < starts.length; i++) {
      starts[i] = random.nextLong(FROM, TO);
      amounts[i] = random.nextLong(HOUR / 4, 120 * HOUR);
    }
    long checksum = run(rome, starts, amounts); // builds and caches the years 2025-2028
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());

    long again = run(rome, starts, amounts);

    long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    assertThat(before).as("this JVM measures allocation per thread").isPositive();
    assertThat(again).isEqualTo(checksum);
    // 20,000 operations; a single 16-byte object each would be 320,000 bytes
    assertThat(allocated).isLessThan(2_000);
  }

  @Test
  void threadsSharingACalendarGetTheSameAnswersAsOneThread() throws Exception {
    BusinessCalendar reference = CalendarFixtures.romeOffice();
    BusinessCalendar shared =
        CalendarFixtures.romeOffice(); // cold: its years are built while the threads race
    SplittableRandom random = new SplittableRandom(2);
    long[] starts = new long[20_000];
    long[] amounts = new long[starts.length];
    for (int i = 0; i < starts.length; i++) {
      starts[i] =
          random.nextLong(
              Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(),
              Instant.parse("2040-01-01T00:00:00Z").toEpochMilli());
      amounts[i] = random.nextLong(0, 2_000 * HOUR);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Callable<long[]> task = () -> deadlines(shared, starts, amounts);
        results.add(pool.submit(task));
      }
      long[] expected = deadlines(reference, starts, amounts);
      for (Future<long[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long run(BusinessCalendar calendar, long[] starts, long[] amounts) {
    long sum = 0;
    for (int i = 0; i < starts.length; i++) {
      long deadline = calendar.addMillis(starts[i], amounts[i]);
      sum += deadline + calendar.elapsedMillis(starts[i], deadline);
    }
    return sum;
  }

  private static long[] deadlines(BusinessCalendar calendar, long[] starts, long[] amounts) {
    long[] deadlines = new long[starts.length];
    for (int i = 0; i < starts.length; i++) {
      deadlines[i] = calendar.addMillis(starts[i], amounts[i]);
    }
    return deadlines;
  }
}
