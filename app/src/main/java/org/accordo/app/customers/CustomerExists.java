package org.accordo.app.customers;

import org.accordo.app.refusal.Conflicting;

/** A customer with this id exists already: ids are chosen once. */
public final class CustomerExists extends Conflicting {

  public CustomerExists(String id) {
    super("a customer with id '" + id + "' exists already");
  }
}
