package org.accordo.app.disputes;

import org.accordo.app.refusal.NotPermitted;

/** A dispute is the customer's word: only a customer's token or user opens one. */
public final class CustomersOnly extends NotPermitted {

  public CustomersOnly() {
    super("only the customer (its token or user) opens a dispute");
  }
}
