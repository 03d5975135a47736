package org.accordo.core.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.accordo.core.SupportedYears;

/**
 * Business-time arithmetic on epoch milliseconds over the precomputed {@link YearBlock}s of one
 * calendar. Blocks are built on first use and kept in a small direct-mapped cache (slot = year mod
 * 64), so memory stays bounded however many centuries the instants span; a lookup that hits the
 * cache allocates nothing. Racing threads may build the same block twice; blocks are immutable, so
 * either copy is right.
 */
final class OpenTime {

  static final int MIN_YEAR = SupportedYears.FIRST;
  static final int MAX_YEAR = SupportedYears.LAST;
  static final long TEN_YEARS_MILLIS = 3653 * YearBlock.DAY_MILLIS;
  private static final int SLOTS = 64;
  private static final double YEARS_PER_MILLI = 1.0 / 31_556_952_000L; // a mean Gregorian year

  private final ZoneId zone;
  private final CalendarRules rules;
  private final YearBlock[] cache = new YearBlock[SLOTS];

  OpenTime(ZoneId zone, CalendarRules rules) {
    this.zone = zone;
    this.rules = rules;
  }

  long elapsed(long from, long to) {
    if (to < from) {
      throw new IllegalArgumentException(
          "elapsed needs end >= start, was start "
              + Instant.ofEpochMilli(from)
              + ", end "
              + Instant.ofEpochMilli(to));
    }
    YearBlock block = blockOf(from);
    if (to < block.end) {
      return block.openBefore(to) - block.openBefore(from);
    }
    long sum = block.total - block.openBefore(from);
    block = next(block);
    while (to >= block.end) {
      sum += block.total;
      block = next(block);
    }
    return sum + block.openBefore(to);
  }

  /** {@link #addWithin} found no deadline at or before its limit. */
  static final long BEYOND_LIMIT = Long.MIN_VALUE;

  /** {@link #addWithin} reached the end of the last supported year first. */
  private static final long PAST_LAST_YEAR = Long.MIN_VALUE + 1;

  /** {@link #addWithin} met 10 years without open time first. */
  private static final long NO_OPEN_TIME = Long.MIN_VALUE + 2;

  long add(long from, long amount) {
    long deadline = scan(from, amount, Long.MAX_VALUE);
    if (deadline == PAST_LAST_YEAR) {
      throw new IllegalArgumentException(
          "add from "
              + Instant.ofEpochMilli(from)
              + ": the deadline lies after the year "
              + MAX_YEAR
              + ", the last one business time is computed for");
    }
    if (deadline == NO_OPEN_TIME) {
      throw noOpenTime("add", from);
    }
    return deadline;
  }

  /**
   * The deadline of {@link #add}, or {@link #BEYOND_LIMIT} when it lies after {@code notAfter},
   * after the last supported year, or past 10 years without open time. Never scans the years after
   * {@code notAfter}, so a distant deadline on a calendar with little open time costs no more than
   * the years up to the limit.
   */
  long addWithin(long from, long amount, long notAfter) {
    long deadline = scan(from, amount, notAfter);
    return deadline == PAST_LAST_YEAR || deadline == NO_OPEN_TIME ? BEYOND_LIMIT : deadline;
  }

  private long scan(long from, long amount, long notAfter) {
    if (amount < 0) {
      throw new IllegalArgumentException("add needs a duration >= 0, was " + amount + " ms");
    }
    if (amount == 0) {
      return from;
    }
    YearBlock block = blockOf(from);
    long target;
    try {
      target = Math.addExact(block.openBefore(from), amount);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("add: the duration " + amount + " ms is too long", e);
    }
    long lastOpen = from;
    while (target > block.total) {
      target -= block.total;
      if (block.count > 0) {
        lastOpen = Math.max(lastOpen, block.ends[block.count - 1]);
      }
      if (block.end > notAfter) {
        return BEYOND_LIMIT;
      }
      if (block.year == MAX_YEAR) {
        return PAST_LAST_YEAR;
      }
      block = next(block);
      if (block.start - lastOpen > TEN_YEARS_MILLIS) {
        return NO_OPEN_TIME;
      }
    }
    long deadline = block.instantAfterOpen(target);
    return deadline > notAfter ? BEYOND_LIMIT : deadline;
  }

  boolean isOpen(long t) {
    YearBlock block = blockOf(t);
    int i = block.firstEndingAfter(t);
    return i < block.count && block.starts[i] <= t;
  }

  long nextOpen(long t) {
    YearBlock block = blockOf(t);
    int i = block.firstEndingAfter(t);
    while (i == block.count) {
      block = next(block);
      if (block.start - t > TEN_YEARS_MILLIS) {
        throw noOpenTime("nextOpen", t);
      }
      i = 0;
    }
    return Math.max(t, block.starts[i]);
  }

  long nextClose(long t) {
    long open = nextOpen(t);
    YearBlock block = blockOf(open);
    long close = block.ends[block.firstEndingAfter(open)];
    while (close == block.end) { // the interval may go on in the next year's block
      block = next(block);
      if (block.count == 0 || block.starts[0] != close) {
        return close;
      }
      close = block.ends[0];
      if (close - t > TEN_YEARS_MILLIS) {
        throw new CalendarNeverCloses(
            "the calendar stays open for 10 years from " + Instant.ofEpochMilli(t));
      }
    }
    return close;
  }

  /**
   * The open intervals overlapping {@code [from, to)}, clipped to it, joined across year blocks.
   */
  List<OpenInterval> intervals(long from, long to) {
    if (to < from) {
      throw new IllegalArgumentException(
          "open intervals need end >= start, was start "
              + Instant.ofEpochMilli(from)
              + ", end "
              + Instant.ofEpochMilli(to));
    }
    List<OpenInterval> result = new ArrayList<>();
    long openStart = -1;
    long openEnd = -1;
    YearBlock block = blockOf(from);
    for (int i = block.firstEndingAfter(from); block.start < to; i = 0, block = next(block)) {
      for (; i < block.count && block.starts[i] < to; i++) {
        long s = Math.max(from, block.starts[i]);
        long e = Math.min(to, block.ends[i]);
        if (openEnd == s) {
          openEnd = e;
        } else {
          addInterval(result, openStart, openEnd);
          openStart = s;
          openEnd = e;
        }
      }
      if (block.end >= to) {
        break;
      }
    }
    addInterval(result, openStart, openEnd);
    return result;
  }

  private static void addInterval(List<OpenInterval> result, long start, long end) {
    if (start < end) {
      result.add(new OpenInterval(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end)));
    }
  }

  private CalendarHasNoOpenTime noOpenTime(String operation, long from) {
    return new CalendarHasNoOpenTime(
        operation
            + " from "
            + Instant.ofEpochMilli(from)
            + ": the calendar has no open time in the next 10 years");
  }

  private YearBlock next(YearBlock block) {
    return block(block.year + 1);
  }

  /** The block whose instants contain {@code t}. */
  YearBlock blockOf(long t) {
    YearBlock block = block(approximateYear(t));
    if (t < block.start) {
      return block(block.year - 1);
    }
    if (t >= block.end) {
      return block(block.year + 1);
    }
    return block;
  }

  private YearBlock block(int year) {
    YearBlock block = cache[year & (SLOTS - 1)];
    if (block != null && block.year == year) {
      return block;
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "business time is computed for the years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + ", not "
              + year);
    }
    block = YearBlock.build(year, zone, rules);
    cache[year & (SLOTS - 1)] = block;
    return block;
  }

  /**
   * The UTC year of {@code t}, or its neighbour near a year's end: a mean Gregorian year is
   * 365.2425 days, so the estimate is off by at most two days, which {@link #blockOf} corrects.
   */
  static int approximateYear(long epochMilli) {
    return 1970 + (int) Math.floor(epochMilli * YEARS_PER_MILLI);
  }
}
