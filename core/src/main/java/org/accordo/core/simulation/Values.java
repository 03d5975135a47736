package org.accordo.core.simulation;

import java.util.Arrays;

/**
 * A growable list of elapsed times in milliseconds, each with its ticket. Primitive arrays: a
 * period of 100,000 tickets holds several hundred thousand; sorting sorts the times alone, and the
 * ticket of a time is looked up when asked (once per row).
 */
final class Values {

  private long[] millis = new long[16];
  private String[] tickets = new String[16];
  private int size;

  void add(long elapsedMillis, String ticket) {
    if (size == millis.length) {
      millis = Arrays.copyOf(millis, 2 * size);
      tickets = Arrays.copyOf(tickets, 2 * size);
    }
    millis[size] = elapsedMillis;
    tickets[size] = ticket;
    size++;
  }

  int size() {
    return size;
  }

  /** The times, ascending. */
  long[] sorted() {
    long[] sorted = Arrays.copyOf(millis, size);
    Arrays.sort(sorted);
    return sorted;
  }

  /** The smallest ticket id among the clocks with elapsed time {@code elapsedMillis}, or null. */
  String ticketAt(long elapsedMillis) {
    String first = null;
    for (int i = 0; i < size; i++) {
      if (millis[i] == elapsedMillis && (first == null || tickets[i].compareTo(first) < 0)) {
        first = tickets[i];
      }
    }
    return first;
  }
}
