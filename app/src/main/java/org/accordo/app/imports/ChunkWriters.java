package org.accordo.app.imports;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stores an import's chunks on a few threads at once while the pass reads the next ones, and
 * records what follows each chunk (its checkpoint) strictly in the order the chunks were read. One
 * chunk at a time, the database's one connection was the bottleneck of an import (the server read
 * ahead, then waited). Each chunk is stored in a transaction of its own by whichever writer is
 * free; a recorder thread then runs, chunk after chunk in reading order and only once a chunk and
 * all before it are stored, the work that says so: a checkpoint never passes a chunk that is not
 * stored, so an attempt that resumes from it stores again (storing nothing twice) at most the
 * chunks stored after it. A {@linkplain #barrier barrier} waits for everything handed over (the
 * history's events need the tickets of the list committed). At most {@link #ahead} chunks are in
 * flight, so the memory held stays that of a few chunks. The first failure stops the work not
 * started and is thrown to the reader at its next hand-over or at {@link #finish}.
 */
final class ChunkWriters implements AutoCloseable {

  private final ExecutorService writers;
  private final ExecutorService recorder =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "import-record"));
  private final Semaphore room;
  private final int ahead;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  /**
   * @param threads how many chunks are stored at the same time
   */
  ChunkWriters(int threads) {
    AtomicInteger named = new AtomicInteger();
    this.writers =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, "import-store-" + named.incrementAndGet()));
    this.ahead = 2 * threads;
    this.room = new Semaphore(ahead);
  }

  /** How many chunks may be handed over and not recorded yet. */
  int ahead() {
    return ahead;
  }

  /**
   * Hands a chunk over: {@code store} runs on a writer, then {@code record} on the recorder, after
   * the {@code record} of every chunk handed over before. Waits while {@link #ahead} are in flight.
   *
   * @throws RuntimeException the failure of work handed over earlier
   */
  void submit(Runnable store, Runnable record) {
    rethrow();
    acquire();
    Future<?> stored = writers.submit(() -> unlessFailed(store));
    recorder.execute(
        () -> {
          try {
            stored.get();
            unlessFailed(record);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new IllegalStateException("interrupted", e));
          } catch (ExecutionException e) {
            failure.compareAndSet(
                null,
                e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(e.getCause()));
          } finally {
            room.release();
          }
        });
  }

  /** Runs {@code record} on the recorder after everything handed over before it. */
  void record(Runnable record) {
    submit(() -> {}, record);
  }

  /**
   * Waits until everything handed over is stored and recorded.
   *
   * @throws RuntimeException the first failure
   */
  void barrier() {
    acquire(ahead);
    room.release(ahead);
    rethrow();
  }

  /**
   * Waits until everything handed over is done and stops the threads.
   *
   * @throws RuntimeException the first failure
   */
  void finish() {
    barrier();
    stop();
    rethrow();
  }

  /** Lets the transactions running end (a chunk is stored whole or not at all), starts no more. */
  @Override
  public void close() {
    failure.compareAndSet(null, new IllegalStateException("the import's reading stopped"));
    stop();
  }

  private void stop() {
    writers.shutdown();
    recorder.shutdown();
    try {
      while (!writers.awaitTermination(1, TimeUnit.MINUTES)
          || !recorder.awaitTermination(1, TimeUnit.MINUTES)) {
        // a chunk's transaction is still running: it ends, committed or rolled back
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void unlessFailed(Runnable work) {
    if (failure.get() == null) {
      try {
        work.run();
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    }
  }

  private void acquire() {
    acquire(1);
  }

  private void acquire(int permits) {
    try {
      room.acquire(permits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing an import", e);
    }
  }

  private void rethrow() {
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
  }
}
