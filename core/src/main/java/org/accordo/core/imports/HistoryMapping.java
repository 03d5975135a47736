package org.accordo.core.imports;

import java.util.List;
import java.util.Objects;

/**
 * How a status history (an audit trail) is read: which column names the ticket, which holds the
 * instant, and the rules that say what each row records.
 *
 * @param ticket the column with the ticket's id in the PSA (the ticket list's {@code id})
 * @param at the column with the instant of the change
 * @param rules in order; the first that applies reads a row
 */
public record HistoryMapping(String ticket, String at, List<HistoryRule> rules) {

  public HistoryMapping {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(at, "at");
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a history mapping needs at least one rule");
    }
  }

  /** True when some rule records {@code action}. */
  public boolean records(HistoryAction action) {
    return rules.stream().anyMatch(r -> r.action() == action);
  }
}
