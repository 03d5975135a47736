package org.accordo.app.disputes;

import java.util.Arrays;
import java.util.Optional;

/** Where a dispute stands: open, then decided once by an admin. */
public enum DisputeState {
  /** Opened by the customer, its thread going on. */
  OPEN("open"),
  /** Accepted: the correcting action is taken (an excluded event, an outage reclassified). */
  ACCEPTED("accepted"),
  /** Rejected with a reason: nothing changes. */
  REJECTED("rejected");

  private final String id;

  DisputeState(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  /** The state with this id, or empty. */
  public static Optional<DisputeState> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
