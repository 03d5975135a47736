package org.accordo.core.report;

import java.util.List;

/**
 * The root cause analyses a period's statement lists (issue 17): those open at the period's end and
 * those delivered in it, each in order of due instant, then id.
 *
 * @param open opened before the period's end and not delivered by then
 * @param delivered delivered in the period (on time or late)
 */
public record RcaStanding(List<RcaFact> open, List<RcaFact> delivered) {

  /** No RCA to list. */
  public static final RcaStanding NONE = new RcaStanding(List.of(), List.of());

  public RcaStanding {
    open = List.copyOf(open);
    delivered = List.copyOf(delivered);
  }

  /** True when there is none to list. */
  public boolean isEmpty() {
    return open.isEmpty() && delivered.isEmpty();
  }
}
