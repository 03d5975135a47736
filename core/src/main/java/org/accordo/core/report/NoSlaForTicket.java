package org.accordo.core.report;

/**
 * A ticket cannot be measured: its service is unknown to the contract, no SLA with ticket targets
 * covers it, or it names no service and the contract has several SLAs with ticket targets.
 */
public final class NoSlaForTicket extends RuntimeException {

  /**
   * @param message what is wrong, naming the ticket and the service
   */
  public NoSlaForTicket(String message) {
    super(message);
  }
}
