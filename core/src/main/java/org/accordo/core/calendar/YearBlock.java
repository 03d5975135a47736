package org.accordo.core.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * The open time of one local year of a calendar, precomputed: the instants {@code [start(Y),
 * start(Y+1))} where {@code start(Y)} is 1 January 00:00 in the calendar's zone, covered by sorted,
 * disjoint open intervals in epoch milliseconds, with the open time before each interval (a prefix
 * sum), and two indexes: per 2^26 ms step of the block, the first interval that ends after the step
 * begins; per slot of open time, the interval in which that much open time has passed. Immutable;
 * every field is final, so a block is safely shared between threads without locks.
 */
final class YearBlock {

  static final long DAY_MILLIS = 86_400_000L;

  /** Instants are indexed in steps of 2^26 ms (about 18.6 hours): a shift, not a division. */
  private static final int STEP_SHIFT = 26;

  final int year;
  final long start;
  final long end;
  final long[] starts;
  final long[] ends;
  final long[] openBefore;
  final int[] firstByStep;
  final long total;
  final int count;

  /** log2 of the open time per slot of {@link #byOpenTime}: at most one interval's mean length. */
  final int openSlotShift;

  /**
   * Per slot {@code k}: the last interval whose open time starts at or before {@code k <<
   * openSlotShift}.
   */
  final int[] byOpenTime;

  private YearBlock(int year, long start, long end, long[] starts, long[] ends) {
    this.year = year;
    this.start = start;
    this.end = end;
    this.starts = starts;
    this.ends = ends;
    this.count = starts.length;
    this.openBefore = new long[count];
    long sum = 0;
    for (int i = 0; i < count; i++) {
      openBefore[i] = sum;
      sum += ends[i] - starts[i];
    }
    this.total = sum;
    this.firstByStep = new int[(int) ((end - start) >>> STEP_SHIFT) + 2];
    int i = 0;
    for (int step = 0; step < firstByStep.length; step++) {
      long stepStart = start + ((long) step << STEP_SHIFT);
      while (i < count && ends[i] <= stepStart) {
        i++;
      }
      firstByStep[step] = i;
    }
    long meanLength = count == 0 ? 1 : Math.max(1, total / count);
    this.openSlotShift = 63 - Long.numberOfLeadingZeros(meanLength);
    this.byOpenTime = new int[(int) (total >>> openSlotShift) + 2];
    int j = 0;
    for (int k = 0; k < byOpenTime.length; k++) {
      long at = (long) k << openSlotShift;
      while (j + 1 < count && openBefore[j + 1] <= at) {
        j++;
      }
      byOpenTime[k] = j;
    }
  }

  /**
   * Builds the block of {@code year}: the union of every date's intervals (the dates around the
   * year are included too, since a DST gap may move a local time across midnight), clipped to the
   * year's instants.
   */
  static YearBlock build(int year, ZoneId zone, CalendarRules rules) {
    long blockStart = at(LocalDate.of(year, 1, 1), 0, zone);
    long blockEnd = at(LocalDate.of(year + 1, 1, 1), 0, zone);
    LocalDate last = LocalDate.of(year + 1, 1, 2);
    long[] starts = new long[512];
    long[] ends = new long[512];
    int n = 0;
    for (LocalDate date = LocalDate.of(year - 1, 12, 30);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      for (OpeningHours hours : rules.hours(date)) {
        long from = Math.max(blockStart, at(date, hours.startSecondOfDay(), zone));
        long to = Math.min(blockEnd, at(date, hours.endSecondOfDay(), zone));
        if (from < to) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
          }
          starts[n] = from;
          ends[n] = to;
          n++;
        }
      }
    }
    return merged(year, blockStart, blockEnd, starts, ends, n);
  }

  /** Sorts the intervals and joins those that overlap or touch: open time is their union. */
  private static YearBlock merged(
      int year, long blockStart, long blockEnd, long[] starts, long[] ends, int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final long[] s = starts;
    Arrays.sort(order, (a, b) -> Long.compare(s[a], s[b]));
    long[] mergedStarts = new long[n];
    long[] mergedEnds = new long[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (m > 0 && starts[i] <= mergedEnds[m - 1]) {
        mergedEnds[m - 1] = Math.max(mergedEnds[m - 1], ends[i]);
      } else {
        mergedStarts[m] = starts[i];
        mergedEnds[m] = ends[i];
        m++;
      }
    }
    return new YearBlock(
        year, blockStart, blockEnd, Arrays.copyOf(mergedStarts, m), Arrays.copyOf(mergedEnds, m));
  }

  /**
   * SLA-SEMANTICS §1 {@code at(D, t)}: a gap moves the time later, an overlap takes the earlier
   * offset.
   */
  static long at(LocalDate date, int secondOfDay, ZoneId zone) {
    ZonedDateTime local =
        secondOfDay == OpeningHours.END_OF_DAY
            ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone)
            : ZonedDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay), zone);
    return local.toInstant().toEpochMilli();
  }

  /**
   * The index of the first interval that ends after {@code t}, or {@link #count} if none does;
   * {@code t} in this block.
   */
  int firstEndingAfter(long t) {
    int i = firstByStep[(int) ((t - start) >>> STEP_SHIFT)];
    while (i < count && ends[i] <= t) {
      i++;
    }
    return i;
  }

  /** Open time in {@code [start, t)}, for {@code t} in this block. */
  long openBefore(long t) {
    int i = firstEndingAfter(t);
    if (i == count) {
      return total;
    }
    return openBefore[i] + Math.max(0, t - starts[i]);
  }

  /**
   * The earliest instant by which {@code 0 < amount <= total} of this block's open time has passed.
   */
  long instantAfterOpen(long amount) {
    int j = byOpenTime[(int) ((amount - 1) >>> openSlotShift)];
    while (j + 1 < count && openBefore[j + 1] < amount) { // last interval with openBefore < amount
      j++;
    }
    return starts[j] + (amount - openBefore[j]);
  }
}
