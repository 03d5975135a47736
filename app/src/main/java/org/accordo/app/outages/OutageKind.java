package org.accordo.app.outages;

import java.util.Arrays;

/** How an outage was recorded: as an outage, or as maintenance announced ahead. */
public enum OutageKind {
  OUTAGE("outage"),
  MAINTENANCE("maintenance");

  private final String id;

  OutageKind(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  static OutageKind of(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no outage kind '" + id + "'"));
  }
}
