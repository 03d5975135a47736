package org.accordo.app.customers;

import org.accordo.app.refusal.Conflicting;

/**
 * A customer cannot be deleted while tokens, contracts, tickets or webhook subscriptions refer to
 * it.
 */
public final class CustomerInUse extends Conflicting {

  public CustomerInUse(String id) {
    super(
        "customer '"
            + id
            + "' still has tokens, contracts, tickets or webhook subscriptions; remove, revoke or disable them first");
  }
}
