package org.accordo.app.statements;

import org.accordo.app.refusal.NotVisible;

/** No such credit line of the customer (or not the caller's customer). */
public final class CreditLineNotVisible extends NotVisible {

  CreditLineNotVisible(String id) {
    super("credit line", id);
  }
}
