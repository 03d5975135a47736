package org.accordo.app.contracts;

import java.time.ZoneId;
import org.accordo.app.security.Caller;

/**
 * Told of every stored contract version, in the transaction of its upload (so whatever it records
 * commits or rolls back with the version).
 */
public interface ContractVersionListener {

  /**
   * Reacts to a new version of a customer's contract.
   *
   * @param caller who uploaded it
   * @param zone the customer's time zone: the days of the version's effective dates are days there
   * @return how many tickets it scheduled for a rebuild of their clocks (0 when none)
   */
  int versionUploaded(Caller caller, ContractVersion version, ZoneId zone);
}
