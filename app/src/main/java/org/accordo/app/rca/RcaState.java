package org.accordo.app.rca;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a root cause analysis stands: written by staff, delivered, then answered by the customer.
 */
public enum RcaState {
  /** Open: staff write it; its clock runs. */
  DRAFT("draft"),
  /** Delivered to the customer: its clock stopped. */
  DELIVERED("delivered"),
  /** The customer accepted it. */
  ACCEPTED("accepted"),
  /** The customer disputed it, with a reason. */
  DISPUTED("disputed");

  private final String id;

  RcaState(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  /** The state with this id, or empty. */
  public static Optional<RcaState> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
