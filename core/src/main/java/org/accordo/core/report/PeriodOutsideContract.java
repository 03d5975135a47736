package org.accordo.core.report;

/** The period asked for does not overlap the days the contract is in force. */
public final class PeriodOutsideContract extends RuntimeException {

  /**
   * @param message the period and the contract's effective dates
   */
  public PeriodOutsideContract(String message) {
    super(message);
  }
}
