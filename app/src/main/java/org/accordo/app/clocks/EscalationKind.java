package org.accordo.app.clocks;

import java.util.Arrays;
import java.util.Optional;

/** What an {@link Escalation} records: a threshold crossed, or the breach of the target. */
public enum EscalationKind {
  /** A clock crossed an escalation threshold (a fraction of its target). */
  ESCALATION("escalation"),
  /** A clock passed its target. */
  BREACH("breach");

  private final String id;

  EscalationKind(String id) {
    this.id = id;
  }

  /** The id used in the API and the database, e.g. {@code breach}. */
  public String id() {
    return id;
  }

  /** The kind with this id, or empty. */
  public static Optional<EscalationKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
