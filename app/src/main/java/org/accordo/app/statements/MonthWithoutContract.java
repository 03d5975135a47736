package org.accordo.app.statements;

import java.util.Map;
import org.accordo.app.refusal.Unacceptable;

/** A statement asked for a month in which no version of the customer's contract was in force. */
public final class MonthWithoutContract extends Unacceptable {

  MonthWithoutContract(StatementKey key) {
    super(
        "no-contract-in-force",
        "month: no contract of customer "
            + key.customerId()
            + " is in force in "
            + key.month()
            + ", so it has no statement",
        Map.of("field", "month"));
  }
}
