package org.accordo.core.imports;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a row of a status history (an audit trail) records, as a mapping's rule says. */
public enum HistoryAction {
  /** The status changed; the rule names where the new PSA status is. */
  STATUS("status"),
  /** The priority changed; the rule names where the new PSA priority is. */
  PRIORITY("priority"),
  /** An agent answered the customer (a public reply). */
  AGENT_REPLY("agent_reply"),
  /** An agent wrote a note the customer does not see. */
  INTERNAL_NOTE("internal_note"),
  /** The customer wrote. */
  CUSTOMER_REPLY("customer_reply"),
  /** The agent recorded the resolution plan. */
  PLAN("plan"),
  /** The ticket was cancelled. */
  CANCELLED("cancelled");

  private final String id;

  HistoryAction(String id) {
    this.id = id;
  }

  /** The id as written in a mapping's {@code event:} or key. */
  public String id() {
    return id;
  }

  /** True for the actions whose rule names a value (the new status or priority). */
  public boolean takesValue() {
    return this == STATUS || this == PRIORITY;
  }

  /** The action with this id, or empty. */
  public static Optional<HistoryAction> fromId(String id) {
    return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
  }

  /** The ids of the actions without a value, for messages. */
  public static String eventIds() {
    return Arrays.stream(values())
        .filter(a -> !a.takesValue())
        .map(HistoryAction::id)
        .collect(Collectors.joining(", "));
  }
}
