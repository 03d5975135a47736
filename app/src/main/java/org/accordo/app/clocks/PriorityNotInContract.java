package org.accordo.app.clocks;

import java.util.List;
import org.accordo.app.refusal.InvalidField;

/** The contract that measures the ticket has no such priority. */
public final class PriorityNotInContract extends InvalidField {

  public PriorityNotInContract(
      String priority, String contractId, int version, List<String> priorities) {
    super(
        "priority",
        "'"
            + priority
            + "' is not a priority of contract "
            + contractId
            + " (version "
            + version
            + "); its priorities are "
            + String.join(", ", priorities));
  }
}
