package org.accordo.app.monitoring;

import java.util.Arrays;

/** What a monitor's confirmed results say of its service. */
public enum ServiceState {
  /** No check has confirmed either way yet (a new or resumed monitor). */
  UNKNOWN("unknown"),
  UP("up"),
  DOWN("down");

  private final String id;

  ServiceState(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  static ServiceState of(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service state '" + id + "'"));
  }
}
