package org.accordo.app.outages;

import java.time.Instant;
import org.accordo.app.refusal.Conflicting;

/** Closing an outage whose end is already recorded: an end, once recorded, stays. */
public final class OutageAlreadyEnded extends Conflicting {

  public OutageAlreadyEnded(String id, Instant to) {
    super("outage '" + id + "' already ended at " + to + "; an end once recorded stays");
  }
}
