package org.accordo.core.simulation;

import java.util.Arrays;

/**
 * A growable list of elapsed times in milliseconds, each with its ticket, sorted on demand by time
 * then ticket. Primitive arrays: a period of 100,000 tickets holds several hundred thousand.
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

  /** Sorts by elapsed time, then ticket id, so ties name the same ticket on every run. */
  void sort() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byTime = Long.compare(millis[a], millis[b]);
          return byTime != 0 ? byTime : tickets[a].compareTo(tickets[b]);
        });
    long[] sortedMillis = new long[size];
    String[] sortedTickets = new String[size];
    for (int i = 0; i < size; i++) {
      sortedMillis[i] = millis[order[i]];
      sortedTickets[i] = tickets[order[i]];
    }
    millis = sortedMillis;
    tickets = sortedTickets;
  }

  /** The times, ascending once {@link #sort} has run. */
  long[] millis() {
    return Arrays.copyOf(millis, size);
  }

  /** The tickets, in the order of {@link #millis}. */
  String[] tickets() {
    return Arrays.copyOf(tickets, size);
  }
}
