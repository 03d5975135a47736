package org.accordo.app.disputes;

import java.util.Arrays;
import java.util.Optional;

/** What a customer contests: one clock of a ticket, an outage, or a credit line of a statement. */
public enum DisputeSubject {
  /** A clock: a ticket and a metric. */
  CLOCK("clock"),
  /** An outage as recorded (its cause, its interval). */
  OUTAGE("outage"),
  /** A line of a statement's credits. */
  CREDIT_LINE("credit_line");

  private final String id;

  DisputeSubject(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  /** The subject with this id, or empty. */
  public static Optional<DisputeSubject> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
