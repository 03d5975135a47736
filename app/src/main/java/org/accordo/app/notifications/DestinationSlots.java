package org.accordo.app.notifications;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deliveries a node runs at once: at most {@code total}, and at most {@code perDestination} to
 * any one destination. A slot is taken when a delivery is claimed and given back when its outcome
 * is recorded, so a slow destination holds its own slots and no one else's. Thread-safe.
 */
final class DestinationSlots {

  private final int total;
  private final int perDestination;
  private final Map<String, Integer> running = new HashMap<>();
  private int inUse;

  DestinationSlots(int total, int perDestination) {
    if (total < 1 || perDestination < 1 || perDestination > total) {
      throw new IllegalArgumentException(
          "slots need 1 <= perDestination <= total, were " + perDestination + " and " + total);
    }
    this.total = total;
    this.perDestination = perDestination;
  }

  /** How many more deliveries may start now. */
  synchronized int free() {
    return total - inUse;
  }

  /** The destinations that take no more deliveries now. */
  synchronized Set<String> full() {
    return running.entrySet().stream()
        .filter(e -> e.getValue() >= perDestination)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Takes a slot for {@code destination}; false when none is free for it. */
  synchronized boolean take(String destination) {
    int there = running.getOrDefault(destination, 0);
    if (inUse >= total || there >= perDestination) {
      return false;
    }
    running.put(destination, there + 1);
    inUse++;
    return true;
  }

  /** Gives back a slot taken for {@code destination}. */
  synchronized void release(String destination) {
    Integer there = running.get(destination);
    if (there == null) {
      throw new IllegalStateException("no slot of " + destination + " is taken");
    }
    if (there == 1) {
      running.remove(destination);
    } else {
      running.put(destination, there - 1);
    }
    inUse--;
  }
}
