package org.accordo.core.report;

import java.util.Arrays;
import java.util.Optional;

/** The state of a clock as the clock engine reports it (SLA semantics §3). */
public enum ClockState {
  RUNNING("running"),
  PAUSED("paused"),
  MET("met"),
  BREACHED("breached"),
  CANCELLED("cancelled"),
  SUPERSEDED("superseded");

  private final String id;

  ClockState(String id) {
    this.id = id;
  }

  /** The id used in clock results and reports, e.g. {@code met}. */
  public String id() {
    return id;
  }

  /** The state with this id, or empty. */
  public static Optional<ClockState> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
