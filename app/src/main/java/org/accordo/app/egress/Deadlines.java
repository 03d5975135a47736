package org.accordo.app.egress;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an outbound exchange may take.
 *
 * @param connect the longest wait for a connection to be accepted, per address tried
 * @param read the longest silence while waiting for the answer
 * @param total the longest the whole exchange may take, connection and TLS handshake included (the
 *     name's lookup is bounded by the system resolver's own timeouts)
 */
public record Deadlines(Duration connect, Duration read, Duration total) {

  public Deadlines {
    requirePositive(connect, "connect");
    requirePositive(read, "read");
    requirePositive(total, "total");
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " deadline must be positive, was " + value);
    }
  }
}
