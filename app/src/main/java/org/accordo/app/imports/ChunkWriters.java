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
 * #finish}; the chunks stored whole before the failed one are still recorded, so a resumed attempt
 * stores again only what the failure left.
 */
final class ChunkWriters implements AutoCloseable {

  private final List<ExecutorService> lanes = new ArrayList<>();
  private final ExecutorService recorder =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "import-record"));
  private final Semaphore room;
  private final int ahead;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  /**
   * Whether every chunk handed over so far was stored whole and recorded: only the recorder's
   * thread reads and writes it. A chunk stored whole before the first failure is still recorded,
   * even when a later chunk failed first; no chunk after a broken one is.
   */
  private boolean unbroken = true;

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
    List<Future<Boolean>> stored = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Runnable part = parts.get(i);
      stored.add(lanes.get(i).submit(() -> unlessFailed(part)));
    }
    recorder.execute(
        () -> {
          try {
            boolean whole = true;
            for (Future<Boolean> part : stored) {
              whole &= part.get();
            }
            recordInOrder(whole, record);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unbroken = false;
            fail(new IllegalStateException("interrupted while storing an import", e));
          } catch (ExecutionException e) {
            unbroken = false;
            fail(new IllegalStateException(e.getCause()));
          } finally {
            room.release();
          }
        });
  }

  /** Runs {@code work} on the recorder after everything handed over before it. */
  void record(Runnable work) {
    rethrow();
    recorder.execute(() -> recordInOrder(true, work));
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

  /** On the recorder: runs {@code record} if its chunk and every one before were stored whole. */
  private void recordInOrder(boolean stored, Runnable record) {
    boolean go = stored && unbroken;
    unbroken = false; // and stays so if the record throws an Error
    unbroken = go && ran(record);
  }

  /** Runs a part unless a failure came first: the work not started stops at the first failure. */
  private boolean unlessFailed(Runnable work) {
    return failure.get() == null && ran(work);
  }

  /**
   * Runs the work and tells whether it ended normally; its failure becomes the writers' failure.
   */
  private boolean ran(Runnable work) {
    try {
      work.run();
      return true;
    } catch (RuntimeException e) {
      fail(e);
      return false;
    } catch (Error e) {
      fail(new IllegalStateException(e));
      throw e;
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
