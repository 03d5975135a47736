package org.accordo.app.work;

import java.util.function.IntSupplier;
import org.slf4j.Logger;

/**
 * The poll of a worker that claims due rows in batches (the clock scheduler, the outbox
 * dispatcher): run batches while they come back full, and let a failure wait for the next poll
 * rather than end the schedule.
 */
public final class DueWork {

  private DueWork() {}

  /**
   * Runs {@code batch} until it returns fewer than {@code size} rows; logs a failure as "{@code
   * what} failed; trying again at the next poll".
   */
  public static void drain(IntSupplier batch, int size, Logger log, String what) {
    try {
      int done;
      do {
        done = batch.getAsInt();
      } while (done == size);
    } catch (RuntimeException e) {
      log.error("{} failed; trying again at the next poll", what, e);
    }
  }
}
