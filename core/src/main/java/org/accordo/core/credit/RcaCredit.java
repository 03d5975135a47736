package org.accordo.core.credit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit owed for each root cause analysis delivered late (or not at all) in the period: {@code {
 * breach: rca, priority: P1, credit: 2% }}. An RCA obligation is a clock of its own (due {@code
 * root_cause_analysis.within} after the resolution or breach that opened it), not a ticket metric,
 * so it has a rule type of its own.
 *
 * @param priority the priority of the RCA's first ticket, or empty for every priority
 * @param credit the share of the monthly fee per late RCA, as a fraction in {@code [0, 1]}
 */
public record RcaCredit(Optional<String> priority, BigDecimal credit) implements CreditRule {

  /** The id of the metric in {@code credits.rules[].breach}. */
  public static final String METRIC = "rca";

  public RcaCredit {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(credit, "credit");
    Percentages.requireShare(credit, "an rca credit");
  }

  /** True when a late RCA whose first ticket had {@code rcaPriority} earns this credit. */
  public boolean matches(String rcaPriority) {
    return priority.map(p -> p.equals(rcaPriority)).orElse(true);
  }

  @Override
  public String label() {
    return METRIC + " breach" + priority.map(p -> ", " + p).orElse("");
  }
}
