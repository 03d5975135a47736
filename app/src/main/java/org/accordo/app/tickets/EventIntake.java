package org.accordo.app.tickets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
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
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Takes in the events posted over the API and appends those posted at the same time together: one
 * transaction, one commit and one statement per step for a group of events of different tickets
 * ({@link EventService#appendAll}), instead of all of them for each event. Under load most of an
 * event's cost was the round trips and the commit, not the work; a lone event waits for nothing.
 *
 * <p>Events wait in {@code accordo.events.lanes} lanes (1 by default), each a thread that appends
 * one group at a time; a ticket's events always go to the same lane, so two groups computed at once
 * never hold the same ticket. A group holds at most one event per ticket (the others wait for the
 * next group, in their order) and at most {@code accordo.events.group-size} (64). It waits for no
 * ticket another transaction holds: those events are held back and appended alone, so that one
 * ticket held elsewhere does not stall the lane ({@link EventService#appendGroup}); any other wait
 * for a row lasts at most {@code accordo.events.lock-timeout} (2 s, on PostgreSQL).
 *
 * <p>An answer is given only after the group's commit, so an acknowledged event is stored. When the
 * group's transaction fails (the database refused something: a key stored by another node at the
 * same moment, a lock not granted in time), each of its events is appended again alone, in its own
 * transaction, by the request that posted it ({@link EventService#appendAlone}, which first looks
 * for the event in case the failure hid a commit that did happen): a failure is then the failing
 * event's only. With 0 lanes, or a lane that has stopped, events are appended alone.
 *
 * <p>Metrics: {@code accordo.events.group.size} (count: groups committed, total: their events, max)
 * and {@code accordo.events.groups.failed}.
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

  EventIntake(EventService events, MeterRegistry registry, TicketSettings settings) {
    this.events = events;
    this.groupSize = settings.groupSize();
    this.lockTimeout = settings.lockTimeout();
    this.groups =
        DistributionSummary.builder("accordo.events.group.size")
            .description("Events appended by each group committed")
            .register(registry);
    this.failures =
        Counter.builder("accordo.events.groups.failed")
            .description("Groups whose transaction failed; their events were appended one by one")
            .register(registry);
    for (int i = 0; i < settings.lanes(); i++) {
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
    Lane lane =
        lanes.isEmpty() ? null : lanes.get(Math.floorMod(ticketId.hashCode(), lanes.size()));
    if (lane == null || lane.stopped()) {
      return events.appendAll(List.of(posted)).get(0).answer();
    }
    Waiting waiting = new Waiting(posted, new CompletableFuture<>());
    lane.queue().add(waiting);
    if (lane.stopped() && lane.queue().remove(waiting)) {
      waiting.outcome().complete(Optional.empty()); // the lane stopped before taking it
    }
    Optional<EventService.Outcome> outcome = waiting.outcome().join();
    if (outcome.isEmpty() || outcome.get() instanceof EventService.Outcome.Held) {
      return alone(posted);
    }
    return outcome.get().answer();
  }

  /**
   * Appends an event alone, after its group failed or held it back. A duplicate of its id means
   * that the group's commit, which the group could not know of, landed while this one ran: the
   * event is stored, and answered as such.
   */
  private EventService.Appended alone(EventService.Posted posted) {
    try {
      return events.appendAlone(posted);
    } catch (DuplicateKeyException duplicate) {
      return events.stored(posted.eventId()).orElseThrow(() -> duplicate);
    }
  }

  /**
   * Closes the intake: the lanes finish their group and stop; an event still waiting is appended
   * alone.
   */
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
  private record Waiting(
      EventService.Posted posted, CompletableFuture<Optional<EventService.Outcome>> outcome) {}

  /** A queue of waiting events and the thread that appends them, group after group. */
  private final class Lane {

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    /**
     * Set before the lane's last look at its queue: an event added after it must be appended alone.
     */
    private volatile boolean stopped;

    /**
     * Events taken from the queue and not answered yet: the group in hand, and those carried to the
     * next.
     */
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

    /**
     * Whether the lane has stopped taking events: the intake is closing or its thread is ending.
     */
    boolean stopped() {
      return !open || stopped;
    }

    private void run() {
      try {
        while (open) {
          try {
            appendNextGroup();
          } catch (RuntimeException
              | Error failed) { // every request waiting must be answered, whatever happened
            LOG.error("the event lane failed; the events it held are appended alone", failed);
            answerAlone(taken);
            taken.clear();
          }
        }
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      } finally {
        stopped = true;
        queue.drainTo(taken);
        answerAlone(taken);
      }
    }

    /**
     * Takes the next group (events carried over first, then those waiting, one per ticket) and
     * appends it.
     */
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
        // the failure's message may quote the events' values: the kind and SQL state only, the
        // whole at debug
        LOG.warn(
            "a group of {} events failed ({}), each is appended alone", group.size(), kind(failed));
        LOG.debug("the group's failure", failed);
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

  /**
   * The kind of a failure: its most specific cause's class, with the SQL state of a database error.
   */
  private static String kind(RuntimeException failed) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(failed);
    String kind = failed.getClass().getSimpleName() + " / " + cause.getClass().getSimpleName();
    return cause instanceof SQLException sql ? kind + ", SQL state " + sql.getSQLState() : kind;
  }

  /**
   * Answers each of {@code waiting} that it must be appended alone (those answered already keep
   * their answer).
   */
  private static void answerAlone(List<Waiting> waiting) {
    waiting.forEach(w -> w.outcome().complete(Optional.empty()));
  }
}
