package org.accordo.app.tickets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * <p>Events wait in {@code accordo.events.lanes} lanes (1 by default), each a thread that appends
 * one group at a time; a ticket's events always go to the same lane, so two groups computed at
 * once never hold the same ticket. A group holds at most one event per ticket (the others wait for
 * the next group, in their order) and at most {@code accordo.events.group-size} (64). It waits at
 * most {@code accordo.events.lock-timeout} (2 s) for a row another transaction holds, so that one
 * ticket held elsewhere does not stall the lane.
 *
 * <p>An answer is given only after the group's commit, so an acknowledged event is stored. When
 * the group's transaction fails (the database refused something: a key stored by another node at
 * the same moment, a lock not granted in time), each of its events is appended again alone, in its
 * own transaction, by the request that posted it ({@link EventService#appendAlone}, which first
 * looks for the event in case the failure hid a commit that did happen): a failure is then the
 * failing event's only. With 0 lanes, or a lane whose thread has died, events are appended alone.
 *
 * <p>Metrics: {@code accordo.events.group.size} (count: groups committed, total: their events,
 * max) and {@code accordo.events.groups.failed}.
 */
@Component
class EventIntake implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(EventIntake.class);
  /** How often an idle lane looks whether the intake is closing. */
  private static final long IDLE_POLL_MILLIS = 200;

  private final EventService events;
  private final int groupSize;
  private final Duration lockTimeout;
  private final DistributionSummary groups;
  private final Counter failures;
  private final List<Lane> lanes = new ArrayList<>();
  private volatile boolean open = true;

  EventIntake(
      EventService events,
      MeterRegistry registry,
      @Value("${accordo.events.lanes:1}") int lanes,
      @Value("${accordo.events.group-size:64}") int groupSize,
      @Value("${accordo.events.lock-timeout:2s}") Duration lockTimeout) {
    if (lanes < 0 || groupSize < 1 || lockTimeout.isNegative() || lockTimeout.isZero()) {
      throw new IllegalArgumentException("accordo.events.lanes must be 0 or more, accordo.events.group-size 1 or more"
          + " and accordo.events.lock-timeout positive, not " + lanes + ", " + groupSize + " and " + lockTimeout);
    }
    this.events = events;
    this.groupSize = groupSize;
    this.lockTimeout = lockTimeout;
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
    EventService.Posted posted = events.posted(caller, ticketId, key, request);
    Lane lane = lanes.isEmpty() ? null : lanes.get(Math.floorMod(ticketId.hashCode(), lanes.size()));
    if (lane == null || !lane.thread().isAlive()) {
      return events.appendAlone(posted);
    }
    Waiting waiting = new Waiting(posted, new CompletableFuture<>());
    lane.queue().add(waiting);
    if ((!open || !lane.thread().isAlive()) && lane.queue().remove(waiting)) {
      waiting.outcome().complete(Optional.empty()); // the lane may have stopped before taking it
    }
    Optional<EventService.Outcome> outcome = waiting.outcome().join();
    return outcome.isPresent() ? outcome.get().answer() : events.appendAlone(posted);
  }

  /** Closes the intake: the lanes finish their group and stop; an event still waiting is appended alone. */
  @Override
  public void destroy() throws InterruptedException {
    open = false;
    for (Lane lane : lanes) {
      lane.thread().join(TimeUnit.SECONDS.toMillis(30));
    }
  }

  /**
   * A posted event waiting for its group; its outcome is completed after the group's commit, or
   * empty when it must be appended alone.
   */
  private record Waiting(EventService.Posted posted, CompletableFuture<Optional<EventService.Outcome>> outcome) {}

  /** A queue of waiting events and the thread that appends them, group after group. */
  private final class Lane {

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    /** Events taken from the queue and not answered yet: the group in hand, and those carried to the next. */
    private final List<Waiting> taken = new ArrayList<>();

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
          try {
            appendNextGroup();
          } catch (RuntimeException | Error failed) { // every request waiting must be answered, whatever happened
            LOG.error("the event lane failed; the events it held are appended alone", failed);
            answerAlone(taken);
            taken.clear();
          }
        }
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      } finally {
        queue.drainTo(taken);
        answerAlone(taken);
      }
    }

    /** Takes the next group (events carried over first, then those waiting, one per ticket) and appends it. */
    private void appendNextGroup() throws InterruptedException {
      if (taken.isEmpty()) {
        Waiting first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
          return;
        }
        taken.add(first);
      }
      queue.drainTo(taken);
      List<Waiting> group = new ArrayList<>();
      Set<String> tickets = new HashSet<>();
      for (Waiting waiting : taken) {
        if (group.size() < groupSize && tickets.add(waiting.posted().ticketId())) {
          group.add(waiting);
        }
      }
      append(group);
      taken.removeAll(group);
    }

    private void append(List<Waiting> group) {
      List<EventService.Outcome> outcomes;
      try {
        outcomes = events.appendGroup(group.stream().map(Waiting::posted).toList(), lockTimeout);
      } catch (RuntimeException failed) {
        LOG.warn("a group of {} events failed, each is appended alone: {}", group.size(), failed.toString());
        failures.increment();
        answerAlone(group);
        return;
      }
      groups.record(group.size());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).outcome().complete(Optional.of(outcomes.get(i)));
      }
    }
  }

  /** Answers each of {@code waiting} that it must be appended alone (those answered already keep their answer). */
  private static void answerAlone(List<Waiting> waiting) {
    waiting.forEach(w -> w.outcome().complete(Optional.empty()));
  }
}

