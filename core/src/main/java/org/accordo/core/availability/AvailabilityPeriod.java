package org.accordo.core.availability;

/** The length of the period over which availability is promised; only calendar months for now. */
public enum AvailabilityPeriod {
  /** A calendar month in the contract's time zone (SLA semantics §5). */
  MONTH("month");

  private final String id;

  AvailabilityPeriod(String id) {
    this.id = id;
  }

  /** The id used in contracts, e.g. {@code month}. */
  public String id() {
    return id;
  }
}
