package org.accordo.app.monitoring;

import java.util.Arrays;
import java.util.Optional;

/** What a monitor checks: an HTTP answer, a TCP connection, or a TLS certificate. */
public enum MonitorKind {
  HTTP("http"),
  TCP("tcp"),
  TLS("tls");

  private final String id;

  MonitorKind(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  static Optional<MonitorKind> of(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
