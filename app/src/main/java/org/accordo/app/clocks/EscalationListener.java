package org.accordo.app.clocks;

import org.accordo.core.contract.Contract;

/**
 * Told of each escalation or breach when it is recorded, in the recording transaction: the outbox
 * writes its notifications here, so they commit or roll back with the record.
 */
public interface EscalationListener {

  /**
   * @param contract the contract version that measures the ticket (its escalation levels name the
   *     recipients)
   */
  void recorded(Escalation escalation, Contract contract);
}
