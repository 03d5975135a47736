package org.accordo.app.clocks;

import org.accordo.app.refusal.InvalidField;

/**
 * No single SLA of the contract in force covers the ticket's service (SLA semantics §2), so the
 * ticket could not be measured.
 */
public final class ServiceNotCovered extends InvalidField {

  /**
   * @param why the contract's reason, e.g. which SLAs cover the service
   */
  public ServiceNotCovered(String why) {
    super("service", why);
  }
}
