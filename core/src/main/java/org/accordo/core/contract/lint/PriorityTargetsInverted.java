package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.Durations;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;

/**
 * {@code priority-targets-inverted}: a more urgent priority gets a longer target than the next less
 * urgent one of the same metric (priorities are urgent-first in {@code priorities:}). Durations are
 * compared as written, whatever their calendars.
 */
final class PriorityTargetsInverted extends ContractRule {

  PriorityTargetsInverted() {
    super(
        "priority-targets-inverted",
        Severity.ERROR,
        "A more urgent priority has a longer target than a less urgent one for the same metric (e.g. P1 longer than P2).",
        "Give each priority a target no longer than the next less urgent one's.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    List<String> order = c.priorityIds();
    for (int i = 0; i < c.slas().size(); i++) {
      for (Map.Entry<Metric, Map<String, MetricTarget>> metric :
          c.slas().get(i).policy().targets().entrySet()) {
        List<String> named = order.stream().filter(metric.getValue()::containsKey).toList();
        for (int k = 0; k + 1 < named.size(); k++) {
          MetricTarget urgent = metric.getValue().get(named.get(k));
          MetricTarget next = metric.getValue().get(named.get(k + 1));
          if (urgent.target().compareTo(next.target()) > 0) {
            String path =
                "slas[" + i + "].metrics." + metric.getKey().id() + "." + named.get(k) + ".target";
            findings.add(
                at(
                    s,
                    path,
                    metric.getKey().id()
                        + " target of "
                        + named.get(k)
                        + " ("
                        + Durations.describe(urgent.target())
                        + ") is longer than "
                        + named.get(k + 1)
                        + "'s ("
                        + Durations.describe(next.target())
                        + ")"));
          }
        }
      }
    }
    return findings;
  }
}
