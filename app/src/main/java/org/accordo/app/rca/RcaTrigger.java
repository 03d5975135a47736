package org.accordo.app.rca;

import java.util.Arrays;
import java.util.Optional;

/** What opened an RCA obligation. */
public enum RcaTrigger {
  /** A ticket of a {@code required_for} priority was resolved. */
  RESOLUTION("resolution"),
  /** A clock of the ticket breached, and the contract says {@code also_after_breach}. */
  BREACH("breach");

  private final String id;

  RcaTrigger(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  /** The trigger with this id, or empty. */
  public static Optional<RcaTrigger> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
