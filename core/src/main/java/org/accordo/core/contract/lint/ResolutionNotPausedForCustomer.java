package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import org.accordo.core.contract.Contract;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.yaml.YamlNodes;

/**
 * {@code resolution-not-paused-for-customer}: an SLA measures resolution but its {@code pause_on}
 * leaves out {@code waiting_customer}, so time spent waiting for the customer counts against the
 * provider. (Without {@code pause_on.resolution}, the default pauses on {@code waiting_customer}.)
 */
final class ResolutionNotPausedForCustomer extends ContractRule {

  ResolutionNotPausedForCustomer() {
    super(
        "resolution-not-paused-for-customer",
        Severity.WARNING,
        "A resolution metric does not pause while the ticket is waiting_customer.",
        "Add waiting_customer to pause_on.resolution (or drop pause_on.resolution to take the default).");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < c.slas().size(); i++) {
      SlaPolicy policy = c.slas().get(i).policy();
      boolean measured =
          !policy.targets().getOrDefault(Metric.RESOLUTION, java.util.Map.of()).isEmpty();
      if (measured
          && !policy.pausesFor(Metric.RESOLUTION).contains(TicketStatus.WAITING_CUSTOMER)) {
        findings.add(
            at(
                s,
                "slas[" + i + "].pause_on.resolution",
                "SLA "
                    + YamlNodes.quote(policy.id())
                    + " counts resolution time while the ticket waits for the customer"));
      }
    }
    return findings;
  }
}
