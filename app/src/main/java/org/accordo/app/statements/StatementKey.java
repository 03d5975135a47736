package org.accordo.app.statements;

import java.time.YearMonth;
import java.util.Objects;

/** A customer's month: what a statement, its close and its versions belong to. */
record StatementKey(String customerId, YearMonth month) {

  StatementKey {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(month, "month");
  }

  @Override
  public String toString() {
    return customerId + " " + month;
  }
}
