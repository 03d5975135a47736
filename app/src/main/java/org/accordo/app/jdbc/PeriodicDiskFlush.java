package org.accordo.app.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Has H2 flush the file of an H2 database kept in a file to the disk once a second ({@code
 * CHECKPOINT SYNC}), so that the file on the disk is never more than about a second behind the file
 * the process wrote.
 *
 * <p>Why: each commit is written into the file as a new chunk ({@link
 * FileWritingTransactionManager}), and H2 reuses the space of a chunk that holds nothing live once
 * the chunk is older than its retention time. H2's default, 45 s, assumes the operating system
 * writes the file out within that time, and keeps 45 s of chunks in the file: under load they were
 * most of it (BENCHMARKS.md, "H2 file growth"). The embedded database keeps them 10 s ({@code
 * RETENTION_TIME}, {@code ServerSettings}), which H2's documentation allows when the buffers are
 * flushed earlier, by {@code CHECKPOINT SYNC}: this flushes them, ten times within that time. It
 * also bounds what an operating system crash or a power loss loses to about the last second of
 * commits (without it, whatever the operating system had not written yet: up to about 30 s on
 * Linux).
 *
 * <p>PostgreSQL and H2 in memory are left alone (the first tick finds out, then the flushing
 * stops). So is an H2 database whose user may not run {@code CHECKPOINT SYNC} (it needs admin
 * rights, which the embedded database's user has), with a warning.
 */
public final class PeriodicDiskFlush implements SmartLifecycle {

  /** How often the file is flushed: well within the embedded database's retention time. */
  public static final Duration INTERVAL = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(PeriodicDiskFlush.class);

  private final DataSource dataSource;
  private final Duration interval;
  private ScheduledExecutorService flusher;
  private volatile ScheduledFuture<?> ticks;
  private boolean failing;

  /** Flushes the file of {@code dataSource}'s database every {@link #INTERVAL}, once started. */
  public PeriodicDiskFlush(DataSource dataSource) {
    this(dataSource, INTERVAL);
  }

  PeriodicDiskFlush(DataSource dataSource, Duration interval) {
    this.dataSource = dataSource;
    this.interval = interval;
  }

  @Override
  public synchronized void start() {
    if (flusher == null) {
      flusher =
          Executors.newSingleThreadScheduledExecutor(
              tick -> {
                Thread thread = new Thread(tick, "h2-disk-flush");
                thread.setDaemon(true);
                return thread;
              });
      long millis = interval.toMillis();
      ticks = flusher.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /** Stops the flushing, waiting for a flush under way (the database is closed after this). */
  @Override
  public synchronized void stop() {
    if (flusher != null) {
      // never shutdownNow: an interrupted H2 thread closes the database's file under it
      flusher.shutdown();
      try {
        flusher.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      flusher = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return flusher != null;
  }

  /** Whether the file is still flushed: false once the database turned out to need none. */
  boolean flushing() {
    ScheduledFuture<?> scheduled = ticks;
    return scheduled != null && !scheduled.isDone();
  }

  private void tick() {
    try (Connection connection = dataSource.getConnection()) {
      if (!H2File.is(connection.getMetaData())) {
        stopTicking();
        return;
      }
      flush(connection);
      if (failing) {
        log.info("the H2 database's file is flushed to the disk again");
        failing = false;
      }
    } catch (SQLException failure) {
      if (failure.getErrorCode() == ErrorCode.ADMIN_RIGHTS_REQUIRED) {
        stopTicking();
        log.warn(
            "the H2 database's user may not run CHECKPOINT SYNC (admin rights): its file is"
                + " flushed to the disk when the operating system does so; connect as an admin"
                + " of the database, or use PostgreSQL");
      } else if (!failing) {
        failing = true;
        log.warn("cannot flush the H2 database's file to the disk: {}", failure.getMessage());
      }
    }
  }

  private void stopTicking() {
    ScheduledFuture<?> scheduled = ticks;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }

  private static void flush(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT SYNC");
    }
  }
}
