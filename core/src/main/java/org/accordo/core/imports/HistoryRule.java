package org.accordo.core.imports;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.contract.SourceLocation;

/**
 * One rule of a history mapping: the rows it applies to ({@code when}: each named column holds one
 * of the values, compared without case and surrounding blanks) and what such a row records. A row
 * is read by the first rule that applies; a row no rule applies to records nothing. The value
 * {@value #ANY} accepts any value that is not empty.
 *
 * @param when by column, the accepted values in lower case; empty: every row
 * @param action what the row records
 * @param value for {@link HistoryAction#STATUS} and {@link HistoryAction#PRIORITY}: where the new
 *     PSA value is; else empty
 * @param location where the rule is in the mapping file
 */
public record HistoryRule(
    Map<String, Set<String>> when,
    HistoryAction action,
    Optional<ValueSource> value,
    SourceLocation location) {

  /** The condition value that accepts any non-empty value of its column. */
  public static final String ANY = "*";

  public HistoryRule {
    when = Map.copyOf(when);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(location, "location");
    if (action.takesValue() != value.isPresent()) {
      throw new IllegalArgumentException(
          "a " + action.id() + " rule " + (action.takesValue() ? "needs" : "takes no") + " value");
    }
  }

  /** True when every column of {@code when} holds one of its values in {@code row}. */
  public boolean applies(Row row) {
    for (Map.Entry<String, Set<String>> condition : when.entrySet()) {
      Optional<Cell> cell = row.cell(condition.getKey());
      if (cell.isEmpty()
          || !(condition.getValue().contains(ANY)
              || condition.getValue().contains(Names.key(cell.get().text())))) {
        return false;
      }
    }
    return true;
  }

  /** The columns this rule reads. */
  public List<String> columns() {
    return value.map(v -> List.of(v.column())).orElse(List.of());
  }
}
