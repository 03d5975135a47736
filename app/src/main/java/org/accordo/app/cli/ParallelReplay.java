package org.accordo.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.TicketEvent;

/**
 * Folds tickets and renders their results as JSON on every core, in chunks of tickets, and writes
 * the chunks in ticket order: the output is the same as one thread's. At most two chunks per thread
 * wait to be written, so memory stays bounded.
 */
final class ParallelReplay {

  private static final int TICKETS_PER_CHUNK = 1_000;

  private ParallelReplay() {}

  /**
   * Writes the JSON array of every result of {@code histories} (already ordered) to {@code out}.
   */
  static void writeJson(
      Writer out, ClockEngine engine, List<List<TicketEvent>> histories, Instant now) {
    writeJson(out, engine, histories, now, TICKETS_PER_CHUNK);
  }

  /**
   * As {@link #writeJson(Writer, ClockEngine, List, Instant)}, with chunks of {@code
   * ticketsPerChunk}.
   */
  static void writeJson(
      Writer out,
      ClockEngine engine,
      List<List<TicketEvent>> histories,
      Instant now,
      int ticketsPerChunk) {
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "clock-replay");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Deque<Future<String>> pending = new ArrayDeque<>();
      boolean first = true;
      out.write("[");
      for (int from = 0; from < histories.size(); from += ticketsPerChunk) {
        List<List<TicketEvent>> chunk =
            histories.subList(from, Math.min(histories.size(), from + ticketsPerChunk));
        pending.add(pool.submit(() -> ClockJson.fragment(engine, chunk, now)));
        if (pending.size() >= 2 * threads) {
          first = write(out, pending.poll(), first);
        }
      }
      while (!pending.isEmpty()) {
        first = write(out, pending.poll(), first);
      }
      out.write(first ? "]\n" : "\n]\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes one chunk, without its leading comma if it holds the array's first result. */
  private static boolean write(Writer out, Future<String> chunk, boolean first) throws IOException {
    String text;
    try {
      text = chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted while replaying", 1);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
    if (text.isEmpty()) {
      return first;
    }
    int skip = first ? 1 : 0;
    out.write(text, skip, text.length() - skip);
    return false;
  }
}
