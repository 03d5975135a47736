package org.accordo.core.clock;

/** Where a clock stands (SLA semantics §3), with its id as written in results. */
public enum ClockState {
  /** Started, not stopped, counting now (possibly outside business hours), not breached. */
  RUNNING("running"),
  /** Started, not stopped, paused now by a status or an exclusion, not breached. */
  PAUSED("paused"),
  /** Stopped with elapsed at most the target. */
  MET("met"),
  /** Elapsed exceeded the target, whether the clock still runs or has stopped. */
  BREACHED("breached"),
  /** The ticket was cancelled: it left the SLA and no report or credit counts this clock. */
  CANCELLED("cancelled"),
  /** Ended by a priority change under the {@code restart} rule; a new cycle replaced it. */
  SUPERSEDED("superseded");

  private final String id;

  ClockState(String id) {
    this.id = id;
  }

  /** The id used in results, e.g. {@code breached}. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
