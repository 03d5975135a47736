package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.Durations;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.SlaPolicy;

/**
 * {@code resolution-before-response}: at some priority the resolution target is shorter than the
 * first response target, so a ticket could be due resolved before it is due answered. Durations are
 * compared as written.
 */
final class ResolutionBeforeResponse extends ContractRule {

  ResolutionBeforeResponse() {
    super(
        "resolution-before-response",
        Severity.ERROR,
        "A resolution target is shorter than the first response target of the same priority.",
        "Make the resolution target at least as long as the first response target.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < c.slas().size(); i++) {
      SlaPolicy policy = c.slas().get(i).policy();
      for (String priority : c.priorityIds()) {
        var response = policy.target(Metric.FIRST_RESPONSE, priority).map(MetricTarget::target);
        var resolution = policy.target(Metric.RESOLUTION, priority).map(MetricTarget::target);
        if (response.isPresent()
            && resolution.isPresent()
            && resolution.get().compareTo(response.get()) < 0) {
          findings.add(
              at(
                  s,
                  "slas[" + i + "].metrics.resolution." + priority + ".target",
                  priority
                      + " resolution target ("
                      + Durations.describe(resolution.get())
                      + ") is shorter than its first response target ("
                      + Durations.describe(response.get())
                      + ")"));
        }
      }
    }
    return findings;
  }
}
