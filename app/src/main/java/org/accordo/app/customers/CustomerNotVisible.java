package org.accordo.app.customers;

import org.accordo.app.refusal.NotVisible;

/** No such customer, or one the caller may not see (the same refusal, so ids do not leak). */
public final class CustomerNotVisible extends NotVisible {

  public CustomerNotVisible(String id) {
    super("customer", id);
  }
}
