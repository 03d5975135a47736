package org.accordo.app.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.accordo.app.operations.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Every {@code accordo.notifications.poll-interval} (default 1 s) it claims
 * due pending rows ({@code FOR UPDATE SKIP LOCKED}) for its free slots, at most {@code deliveries}
 * at once (8) and {@code per-destination} (2) to one destination (a receiver's host, the SMTP
 * server): rows of a destination that has no free slot are not even claimed, so other nodes or a
 * later poll take them and other destinations go first. The claim leases each row to this node for
 * {@code lease} (5 min) and counts its attempt, in one short transaction; each delivery then runs
 * on its own thread outside any transaction ({@link DeliveryAttempts}), so one slow, failing or
 * broken delivery delays only itself. A node that dies mid-delivery leaves its rows to be attempted
 * again when their lease ends (at least once: receivers drop duplicates by the delivery id); a
 * lease is longer than any delivery may take, so no live node's delivery is taken over. Off when
 * {@code accordo.notifications.dispatcher=off}.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final NotificationRepository notifications;
  private final DeliveryAttempts attempts;
  private final NotificationSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final NodeId node;
  private final DestinationSlots slots;
  private final AtomicBoolean wakeRequested = new AtomicBoolean();
  private volatile ScheduledExecutorService poller;
  private volatile ExecutorService workers;

  OutboxDispatcher(
      NotificationRepository notifications,
      DeliveryAttempts attempts,
      NotificationSettings settings,
      PlatformTransactionManager transactions,
      Clock clock,
      NodeId node) {
    this.notifications = notifications;
    this.attempts = attempts;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.node = node;
    this.slots = new DestinationSlots(settings.deliveries(), settings.perDestination());
  }

  @Override
  public boolean isAutoStartup() {
    return settings.dispatcher() == NotificationSettings.Dispatcher.ON;
  }

  @Override
  public synchronized void start() {
    workers = Executors.newFixedThreadPool(settings.deliveries(), threads("outbox-delivery-"));
    poller = Executors.newSingleThreadScheduledExecutor(threads("outbox-poll-"));
    long interval = settings.pollInterval().toMillis();
    poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    poller.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    poller = null;
    workers = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return poller != null;
  }

  /**
   * Polls again at once, on the poller's thread, because a slot was freed: rows waiting for it need
   * not wait for the next interval. Requests made while one is pending are one.
   */
  private void wake() {
    ScheduledExecutorService running = poller;
    if (running != null && !wakeRequested.getAndSet(true)) {
      try {
        running.execute(
            () -> {
              wakeRequested.set(false);
              poll();
            });
      } catch (RejectedExecutionException stopping) {
        wakeRequested.set(false);
      }
    }
  }

  /** Claims and starts due deliveries while slots are free and rows come. */
  void poll() {
    try {
      while (claimAndStart() > 0) {
        // claim again: more rows may be due for the slots still free
      }
    } catch (RuntimeException e) {
      LOG.error("delivering notifications failed; trying again at the next poll", e);
    }
  }

  /** Claims rows for the free slots and starts their deliveries; returns how many rows it ended. */
  int claimAndStart() {
    int free = slots.free();
    if (free == 0) {
      return 0;
    }
    List<Notification> taken = new ArrayList<>();
    Instant now = clock.instant();
    Integer ended;
    try {
      ended = transaction.execute(status -> claim(now, free, taken));
    } catch (RuntimeException e) {
      taken.forEach(n -> slots.release(n.destination()));
      throw e;
    }
    for (Notification n : taken) {
      workers.execute(
          () -> {
            try {
              attempts.attempt(n, now);
            } finally {
              slots.release(n.destination());
              wake();
            }
          });
    }
    return ended == null ? 0 : ended;
  }

  /**
   * In the claim's transaction: leases the rows that get a slot (added to {@code taken}, as leased)
   * and ends those whose last attempt was interrupted; returns how many of both.
   */
  private int claim(Instant now, int free, List<Notification> taken) {
    Instant until = now.plus(settings.lease());
    List<Notification> leased = new ArrayList<>();
    int ended = 0;
    for (Notification n : notifications.claimDue(now, free, slots.full())) {
      if (n.delivery().attempts() >= settings.maxAttempts()) {
        attempts.interrupted(n);
        ended++;
      } else if (slots.take(n.destination())) {
        leased.add(n);
        taken.add(leasedTo(n, until));
      }
    }
    notifications.lease(leased, until, node);
    return ended + leased.size();
  }

  /** The row as leased: its attempt counted, due again when the lease ends, by this node. */
  private Notification leasedTo(Notification n, Instant until) {
    Delivery d = n.delivery();
    return n.with(
        new Delivery(d.state(), d.attempts() + 1, until, d.lastFailure(), null, node.value()));
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread thread = new Thread(r, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
