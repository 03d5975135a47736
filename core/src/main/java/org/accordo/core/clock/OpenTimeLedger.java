package org.accordo.core.clock;

import org.accordo.core.calendar.BusinessCalendar;

/**
 * Open time from the ticket's creation to each instant the cycles of one fold are cut at, per
 * calendar, computed once: {@code elapsed(a, b) = open(origin, b) - open(origin, a)}. The cycles
 * of a ticket share most of their bounds (its events and now), so this saves most calendar
 * look-ups. Confined to one fold.
 */
final class OpenTimeLedger {

  private final long originMs;
  private final BusinessCalendar[] calendars = new BusinessCalendar[4];
  private final long[][] instants = new long[4][];
  private final long[][] openTimes = new long[4][];
  private final int[] sizes = new int[4];
  private int calendarCount;

  /** @param originMs the earliest instant asked about: the ticket's creation */
  OpenTimeLedger(long originMs) {
    this.originMs = originMs;
  }

  /** Open time of {@code calendar} in {@code [fromMs, toMs)}, {@code fromMs <= toMs}. */
  long elapsed(BusinessCalendar calendar, long fromMs, long toMs) {
    if (fromMs == toMs) {
      return 0;
    }
    if (fromMs < originMs) {
      return calendar.elapsedMillis(fromMs, toMs);
    }
    int c = indexOf(calendar);
    if (c < 0) {
      return calendar.elapsedMillis(fromMs, toMs);
    }
    return openUntil(c, toMs) - openUntil(c, fromMs);
  }

  private int indexOf(BusinessCalendar calendar) {
    for (int c = 0; c < calendarCount; c++) {
      if (calendars[c] == calendar) {
        return c;
      }
    }
    if (calendarCount == calendars.length) {
      return -1;
    }
    calendars[calendarCount] = calendar;
    instants[calendarCount] = new long[16];
    openTimes[calendarCount] = new long[16];
    return calendarCount++;
  }

  private long openUntil(int c, long atMs) {
    long[] keys = instants[c];
    int size = sizes[c];
    for (int i = 0; i < size; i++) {
      if (keys[i] == atMs) {
        return openTimes[c][i];
      }
    }
    long open = calendars[c].elapsedMillis(originMs, atMs);
    if (size == keys.length) {
      instants[c] = java.util.Arrays.copyOf(keys, size * 2);
      openTimes[c] = java.util.Arrays.copyOf(openTimes[c], size * 2);
    }
    instants[c][size] = atMs;
    openTimes[c][size] = open;
    sizes[c] = size + 1;
    return open;
  }
}
