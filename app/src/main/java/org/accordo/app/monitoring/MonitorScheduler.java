package org.accordo.app.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.accordo.app.work.DueWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due checks: every {@code accordo.monitoring.poll-interval} it claims as many due checks as
 * its pool has free threads ({@code FOR UPDATE SKIP LOCKED}, so each check is claimed by one node),
 * leases them by moving their next check one interval on, and hands them to its own bounded pool of
 * {@code accordo.monitoring.threads}: the poll never waits for a check, so a slow target delays
 * neither other checks nor the SLA scheduler. A customer holds at most {@code per-customer}
 * threads: its further due checks are left out of the claims, due, until one of its checks ends.
 * The lateness of each start (start minus due) is the timer {@code
 * accordo.monitoring.start.lateness}.
 */
@Component
class MonitorScheduler implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(MonitorScheduler.class);

  /** Checks claimed per transaction at most. */
  static final int BATCH = 200;

  private final MonitorRunRepository runs;
  private final MonitorRepository monitors;
  private final Checks checks;
  private final CheckRecorder recorder;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final MonitorSettings settings;
  private final Timer lateness;
  private final ThreadPoolExecutor pool;
  private final AtomicInteger running = new AtomicInteger();
  private final Map<String, AtomicInteger> perCustomer = new ConcurrentHashMap<>();
  private final AtomicBoolean kicked = new AtomicBoolean();
  private final ExecutorService claimer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "monitor-claims");
            thread.setDaemon(true);
            return thread;
          });

  MonitorScheduler(
      MonitorRunRepository runs,
      MonitorRepository monitors,
      Checks checks,
      CheckRecorder recorder,
      TransactionTemplate transactions,
      Clock clock,
      MonitorSettings settings,
      MeterRegistry registry) {
    this.runs = runs;
    this.monitors = monitors;
    this.checks = checks;
    this.recorder = recorder;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
    this.lateness =
        Timer.builder("accordo.monitoring.start.lateness")
            .description("how late checks start after they are due")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            settings.threads(),
            settings.threads(),
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread thread = new Thread(r, "monitor-check-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Every poll interval the shared scheduling thread only asks this node's own claimer thread to
   * claim, so the SLA scheduler's thread never waits for the monitors' database work.
   */
  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (settings.scheduler()) {
      registrar.addFixedDelayTask(this::kick, settings.pollInterval());
    }
  }

  /**
   * Asks the claimer thread to claim (at once when it is idle; requests meanwhile are folded into
   * one). A check that ends asks too, so a freed thread is used without waiting for the next poll.
   */
  void kick() {
    if (settings.scheduler() && kicked.compareAndSet(false, true)) {
      try {
        claimer.execute(
            () -> {
              kicked.set(false);
              poll();
            });
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        kicked.set(false);
      }
    }
  }

  /** Claims and starts due checks while the pool has room (on the caller's thread). */
  void poll() {
    DueWork.drain(this::startBatch, BATCH, LOG, "starting due checks");
  }

  /** Checks running on this node now. */
  int running() {
    return running.get();
  }

  /**
   * Claims one batch and starts its checks; returns how many started. A customer at its cap is left
   * out of the claim; a claimed check beyond a customer's room is not leased, so it stays due for
   * the next claim (after one of that customer's checks ends).
   */
  int startBatch() {
    int free = settings.threads() - running.get();
    if (free <= 0) {
      return 0;
    }
    int limit = Math.min(free, BATCH);
    List<Started> started = new ArrayList<>();
    try {
      transactions.executeWithoutResult(
          status -> {
            Instant now = clock.instant();
            Map<String, Integer> room = new HashMap<>();
            for (MonitorRunRepository.Claimed c : runs.claimDue(now, limit, saturated())) {
              int left =
                  room.computeIfAbsent(
                      c.customerId(), id -> settings.perCustomer() - inFlight(id).get());
              if (left <= 0) {
                continue;
              }
              room.put(c.customerId(), left - 1);
              monitors.findForRun(c.monitorId()).ifPresent(m -> started.add(lease(m, c, now)));
            }
          });
    } catch (RuntimeException e) {
      started.forEach(this::release);
      throw e;
    }
    started.forEach(this::start);
    return started.size();
  }

  /** A claimed check to start. */
  private record Started(Monitor monitor, Instant due) {}

  private Set<String> saturated() {
    Set<String> saturated = new HashSet<>();
    perCustomer.forEach(
        (customer, count) -> {
          if (count.get() >= settings.perCustomer()) {
            saturated.add(customer);
          }
        });
    return saturated;
  }

  private AtomicInteger inFlight(String customerId) {
    return perCustomer.computeIfAbsent(customerId, id -> new AtomicInteger());
  }

  private Started lease(Monitor monitor, MonitorRunRepository.Claimed claimed, Instant now) {
    Duration interval = monitor.cadence().interval();
    Instant next = claimed.due().plus(interval);
    runs.lease(monitor.id(), next.isAfter(now) ? next : now.plus(interval));
    inFlight(monitor.customerId()).incrementAndGet();
    running.incrementAndGet();
    return new Started(monitor, claimed.due());
  }

  private void start(Started started) {
    Monitor monitor = started.monitor();
    pool.execute(
        () -> {
          try {
            Instant at = clock.instant();
            lateness.record(
                Duration.between(started.due(), at).isNegative()
                    ? Duration.ZERO
                    : Duration.between(started.due(), at));
            recorder.record(monitor, checks.run(monitor.probe(), monitor.cadence().timeout(), at));
          } catch (RuntimeException e) {
            LOG.error("the check of monitor {} failed to be recorded", monitor.id(), e);
          } finally {
            release(started);
            kick();
          }
        });
  }

  private void release(Started started) {
    perCustomer.get(started.monitor().customerId()).decrementAndGet();
    running.decrementAndGet();
  }

  @PreDestroy
  void stop() {
    claimer.shutdownNow();
    pool.shutdownNow();
  }
}
