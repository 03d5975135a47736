package org.accordo.app.tickets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.accordo.app.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes in the events posted over the API and appends those posted at the same time together: one
 * transaction, one commit and one statement per step for a group of events of different tickets
 * ({@link EventService#appendAll}), instead of all of them for each event. Under load most of an
 * event's cost was the round trips and the commit, not the work; a lone event waits for nothing.
 *
 * <p>Events wait in {@code accordo.events.lanes} lanes (2 by default), each a thread that appends
 * one group at a time; a ticket's events always go to the same lane, so two groups computed at
 * once never hold the same ticket, and a ticket's events are appended in the order they arrived.
 * A group holds at most one event per ticket and at most {@code accordo.events.group-size} (64).
 *
 * <p>An answer is given only after the group's commit, so an acknowledged event is stored. When
 * the group's transaction fails (the database refused something: a key stored by another node at
 * the same moment, a deadlock with another node), nothing of it is stored and each of its events
 * is appended again alone, in its own transaction, by the request that posted it: a failure is
 * then the failing event's only. With 0 lanes every event is appended alone.
 *
 * <p>Metrics: {@code accordo.events.group.size} (count: groups committed, total: their events,
 * max) and {@code accordo.events.groups.failed}.
 */
@Component
class EventIntake implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(EventIntake.class);

  private final EventService events;
  private final int groupSize;
  private final DistributionSummary groups;
  private final Counter failures;
  private final List<Lane> lanes = new ArrayList<>();
  private volatile boolean open = true;

  EventIntake(
      EventService events,
      MeterRegistry registry,
      @Value("${accordo.events.lanes:1}") int lanes,
      @Value("${accordo.events.group-size:64}") int groupSize) {
    if (lanes < 0 || groupSize < 1) {
      throw new IllegalArgumentException(
          "accordo.events.lanes must be 0 or more and accordo.events.group-size 1 or more, not " + lanes + " and " + groupSize);
    }
    this.events = events;
    this.groupSize = groupSize;
    this.groups = DistributionSummary.builder("accordo.events.group.size")
        .description("Events appended by each group committed").register(registry);
    this.failures = Counter.builder("accordo.events.groups.failed")
        .description("Groups whose transaction failed; their events were appended one by one").register(registry);
    for (int i = 0; i < lanes; i++) {
      this.lanes.add(new Lane("accordo-events-" + (i + 1)));
    }
    this.lanes.forEach(lane -> lane.thread().start());
  }

  /**
   * Appends an event as {@link EventService#append} does, in a group with the events posted at the
   * same time; returns after the group's commit.
   */
  EventService.Appended append(Caller caller, String ticketId, String key, NewEvent request) {
    if (lanes.isEmpty()) {
      return events.append(caller, ticketId, key, request);
    }
    Waiting waiting = new Waiting(events.posted(caller, ticketId, key, request), new CompletableFuture<>());
    BlockingQueue<Waiting> queue = lanes.get(Math.floorMod(ticketId.hashCode(), lanes.size())).queue();
    queue.add(waiting);
    if (!open && queue.remove(waiting)) {
      waiting.outcome().complete(null); // shutting down: the lane may have stopped before taking it
    }
    EventService.Outcome outcome = waiting.outcome().join();
    return outcome == null ? events.append(caller, ticketId, key, request) : outcome.answer();
  }

  /** Stops the lanes; an event still waiting is appended alone by its request. */
  @Override
  public void destroy() throws InterruptedException {
    open = false;
    for (Lane lane : lanes) {
      lane.thread().interrupt();
    }
    for (Lane lane : lanes) {
      lane.thread().join();
    }
  }

  /**
   * A posted event waiting for its group; its outcome is completed after the group's commit, or
   * with null when it must be appended alone.
   */
  private record Waiting(EventService.Posted posted, CompletableFuture<EventService.Outcome> outcome) {}

  /** A queue of waiting events and the thread that appends them, group after group. */
  private final class Lane {

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    /** Events taken from the queue that wait for a later group: their ticket was in the last one. */
    private final List<Waiting> carried = new ArrayList<>();

    Lane(String name) {
      this.thread = new Thread(this::run, name);
      this.thread.setDaemon(true);
    }

    BlockingQueue<Waiting> queue() {
      return queue;
    }

    Thread thread() {
      return thread;
    }

    private void run() {
      try {
        while (open) {
          append(next());
        }
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      } finally {
        List<Waiting> left = new ArrayList<>(carried);
        queue.drainTo(left);
        left.forEach(waiting -> waiting.outcome().complete(null));
      }
    }

    /** The next group: the events carried over first, then those waiting, one per ticket, in arrival order. */
    private List<Waiting> next() throws InterruptedException {
      List<Waiting> candidates = new ArrayList<>(carried);
      carried.clear();
      if (candidates.isEmpty()) {
        candidates.add(queue.take());
      }
      queue.drainTo(candidates);
      List<Waiting> group = new ArrayList<>();
      Set<String> tickets = new HashSet<>();
      for (Waiting waiting : candidates) {
        if (group.size() < groupSize && tickets.add(waiting.posted().ticketId())) {
          group.add(waiting);
        } else {
          carried.add(waiting);
        }
      }
      return group;
    }

    private void append(List<Waiting> group) {
      List<EventService.Outcome> outcomes;
      try {
        outcomes = events.appendAll(group.stream().map(Waiting::posted).toList());
      } catch (RuntimeException | Error failed) { // whatever it is, every request waiting must be answered
        LOG.debug("a group of {} events failed ({}); each is appended alone", group.size(), failed.toString());
        failures.increment();
        group.forEach(waiting -> waiting.outcome().complete(null));
        return;
      }
      groups.record(group.size());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).outcome().complete(outcomes.get(i));
      }
    }
  }
}
