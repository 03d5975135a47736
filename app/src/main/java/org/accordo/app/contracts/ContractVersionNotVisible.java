package org.accordo.app.contracts;

import org.accordo.app.refusal.NotVisible;

/** No such contract version of the customer, or a customer the caller may not see. */
public final class ContractVersionNotVisible extends NotVisible {

  public ContractVersionNotVisible(String customerId, int version) {
    super("contract version", customerId + "/" + version);
  }
}
