package org.accordo.core.simulation;

/** What became of one clock over the period under one contract. */
public enum Outcome {
  /** It stopped in the period within its target. */
  MET("met"),
  /** It stopped in the period past its target. */
  BREACHED("breached"),
  /**
   * Not counted in the period: it stopped outside it, still runs, was cancelled or superseded, or
   * the contract gives it no result (no target for its metric at the priority that measures it).
   */
  NOT_COUNTED("not_counted");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  /** The id written in results, e.g. {@code not_counted}. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
