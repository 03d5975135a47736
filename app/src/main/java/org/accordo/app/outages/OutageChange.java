package org.accordo.app.outages;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.accordo.core.availability.OutageCause;

/**
 * One step of an outage's history, never changed once written.
 *
 * @param seq 1 for the recording, then 2, 3, ...
 * @param kind recorded, closed or reclassified
 * @param at when
 * @param by who (a token's id, {@code system})
 * @param cause the cause after the change
 * @param previousCause the cause before a reclassification, else null
 * @param to the end recorded by the change (the end given at recording, or the closing), else null
 * @param reason why an admin reclassified it, else null
 * @param evidence what backs the change (e.g. a monitor's failed checks), or null
 */
public record OutageChange(
    int seq,
    Kind kind,
    Instant at,
    String by,
    OutageCause cause,
    OutageCause previousCause,
    Instant to,
    String reason,
    String evidence) {

  public OutageChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(cause, "cause");
  }

  /** What a change did. */
  public enum Kind {
    RECORDED("recorded"),
    CLOSED("closed"),
    RECLASSIFIED("reclassified");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    static Kind of(String id) {
      return Arrays.stream(values())
          .filter(k -> k.id.equals(id))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no outage change '" + id + "'"));
    }
  }
}
