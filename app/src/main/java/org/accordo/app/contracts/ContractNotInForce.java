package org.accordo.app.contracts;

import java.time.LocalDate;
import org.accordo.app.refusal.NotVisible;

/** No version of the customer's contract is in force on the date asked. */
public final class ContractNotInForce extends NotVisible {

  public ContractNotInForce(String customerId, LocalDate date) {
    super("contract in force on " + date + " for customer", customerId);
  }
}
