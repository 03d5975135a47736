package org.accordo.core.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Business-time arithmetic on epoch milliseconds over the precomputed {@link YearBlock}s of one
 * calendar. Blocks are built on first use and kept in a small direct-mapped cache (slot = year mod
 * 64), so memory stays bounded however many centuries the instants span; a lookup that hits the
 * cache allocates nothing. Racing threads may build the same block twice; blocks are immutable, so
 * either copy is right.
 */
final class OpenTime {

  static final int MIN_YEAR = 1583;
  static final int MAX_YEAR = 9999;
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

  long add(long from, long amount) {
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
      block = next(block);
      if (block.start - lastOpen > TEN_YEARS_MILLIS) {
        throw noOpenTime("add", from);
      }
    }
    return block.instantAfterOpen(target);
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
