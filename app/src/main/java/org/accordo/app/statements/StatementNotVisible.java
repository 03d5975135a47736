package org.accordo.app.statements;

import org.accordo.app.refusal.NotVisible;

/** No such version of the customer's statement of the month (or not the caller's customer). */
public final class StatementNotVisible extends NotVisible {

  StatementNotVisible(StatementKey key, int version) {
    super("statement", key.month() + " version " + version);
  }
}
