package org.accordo.app.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stores an import's chunks on a few lanes at once while the pass reads the next ones, and records
 * what follows each chunk (its checkpoint) strictly in the order the chunks were read. One chunk at
 * a time, the database's one connection was the bottleneck of an import (the server read ahead,
 * then waited).
 *
 * <p>A chunk is handed over as one part per lane ({@link ImportChunk#split}: a ticket's rows always
 * go to the same lane); each lane stores its parts one after the other in reading order, each in a
 * transaction of its own, so a ticket's events are inserted in the order of the files (their {@code
 * seq}, which breaks ties between events of the same instant, is the files' order, whatever the
 * lanes do). A recorder thread then runs, chunk after chunk in reading order and only once every
 * part of a chunk and of all chunks before it is stored, the work that says so: a checkpoint never
 * passes a chunk that is not stored, so an attempt that resumes from it stores again (storing
 * nothing twice) at most the chunks stored after it. A {@linkplain #barrier barrier} waits for
 * everything handed over (the history's events need the tickets of the list committed). At most
 * {@link #ahead} chunks are in flight, so the memory held stays that of a few chunks. The first
 * failure stops the work not started and is thrown to the reader at its next hand-over or at {@link
 * #finish}.
 */
final class ChunkWriters implements AutoCloseable {

  private final List<ExecutorService> lanes = new ArrayList<>();
  private final ExecutorService recorder =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "import-record"));
  private final Semaphore room;
  private final int ahead;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  /**
   * @param lanes how many parts of chunks are stored at the same time
   */
  ChunkWriters(int lanes) {
    for (int i = 1; i <= lanes; i++) {
      String name = "import-store-" + i;
      this.lanes.add(Executors.newSingleThreadExecutor(r -> new Thread(r, name)));
    }
    this.ahead = 2 * lanes;
    this.room = new Semaphore(ahead);
  }

  /** How many lanes store parts at the same time: a chunk is handed over in as many parts. */
  int lanes() {
    return lanes.size();
  }

  /** How many chunks may be handed over and not recorded yet. */
  int ahead() {
    return ahead;
  }

  /**
   * Hands a chunk over: part {@code i} is stored on lane {@code i}, after the parts handed to it
   * before; then {@code record} runs on the recorder, after the {@code record} of every chunk
   * handed over before. Waits while {@link #ahead} chunks are in flight.
   *
   * @param parts one per lane
   * @throws RuntimeException the failure of work handed over earlier
   */
  void submit(List<Runnable> parts, Runnable record) {
    if (parts.size() != lanes.size()) {
      throw new IllegalArgumentException(parts.size() + " parts for " + lanes.size() + " lanes");
    }
    rethrow();
    acquire(1);
    List<Future<?>> stored = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Runnable part = parts.get(i);
      stored.add(lanes.get(i).submit(() -> unlessFailed(part)));
    }
    recorder.execute(
        () -> {
          try {
            for (Future<?> part : stored) {
              part.get();
            }
            unlessFailed(record);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(new IllegalStateException("interrupted while storing an import", e));
          } catch (ExecutionException e) {
            fail(new IllegalStateException(e.getCause()));
          } finally {
            room.release();
          }
        });
  }

  /** Runs {@code work} on the recorder after everything handed over before it. */
  void record(Runnable work) {
    rethrow();
    recorder.execute(() -> unlessFailed(work));
  }

  /**
   * Waits until every chunk handed over is stored and recorded.
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

  /**
   * Starts no more work and lets the transactions running end (a part is stored whole or not at
   * all; no thread is interrupted, which could leave an embedded database's file closed).
   */
  @Override
  public void close() {
    fail(new IllegalStateException("the import's reading stopped"));
    stop();
  }

  private void stop() {
    lanes.forEach(ExecutorService::shutdown);
    recorder.shutdown();
    List<ExecutorService> all = new ArrayList<>(lanes);
    all.add(recorder);
    for (ExecutorService threads : all) {
      try {
        while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
          // a transaction is still running: it ends, committed or rolled back
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void unlessFailed(Runnable work) {
    if (failure.get() == null) {
      try {
        work.run();
      } catch (RuntimeException e) {
        fail(e);
      } catch (Error e) {
        fail(new IllegalStateException(e));
        throw e;
      }
    }
  }

  private void fail(RuntimeException e) {
    failure.compareAndSet(null, e);
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
