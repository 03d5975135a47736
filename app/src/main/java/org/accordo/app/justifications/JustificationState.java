package org.accordo.app.justifications;

import java.util.Arrays;
import java.util.Optional;

/** Where a justification request stands: asked, then decided once by an admin. */
public enum JustificationState {
  /** Asked by an agent, waiting for an admin. */
  REQUESTED("requested"),
  /** Approved: the {@code excluded} event is appended. */
  APPROVED("approved"),
  /** Rejected with a note: nothing changes on the ticket. */
  REJECTED("rejected");

  private final String id;

  JustificationState(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  /** The state with this id, or empty. */
  public static Optional<JustificationState> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
