package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.yaml.YamlNodes;

/**
 * {@code sla-too-complex}: one SLA measures too much to be read and changed easily — more than
 * {@value #MAX_CELLS} metric × priority cells (metrics with targets times the priorities they
 * name), or more than {@value #MAX_SERVICES} services.
 */
final class SlaTooComplex extends ContractRule {

  static final int MAX_CELLS = 12;
  static final int MAX_SERVICES = 5;

  SlaTooComplex() {
    super(
        "sla-too-complex",
        Severity.WARNING,
        "An SLA has more than "
            + MAX_CELLS
            + " metric x priority cells or more than "
            + MAX_SERVICES
            + " services.",
        "Split it into smaller SLAs (e.g. one per service family, or one for response and one for availability), "
            + "each easy to measure and to change.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < c.slas().size(); i++) {
      ContractSla sla = c.slas().get(i);
      Map<?, Map<String, MetricTarget>> targets = sla.policy().targets();
      long metrics = targets.values().stream().filter(byPriority -> !byPriority.isEmpty()).count();
      Set<String> priorities =
          targets.values().stream().flatMap(m -> m.keySet().stream()).collect(Collectors.toSet());
      long cells = metrics * priorities.size();
      if (cells > MAX_CELLS) {
        findings.add(
            at(
                s,
                "slas[" + i + "].metrics",
                "SLA "
                    + YamlNodes.quote(sla.id())
                    + " has "
                    + metrics
                    + " metrics x "
                    + priorities.size()
                    + " priorities = "
                    + cells
                    + " targets (more than "
                    + MAX_CELLS
                    + ")"));
      }
      int services = sla.policy().services().size();
      if (services > MAX_SERVICES) {
        findings.add(
            at(
                s,
                "slas[" + i + "].services",
                "SLA "
                    + YamlNodes.quote(sla.id())
                    + " covers "
                    + services
                    + " services (more than "
                    + MAX_SERVICES
                    + ")"));
      }
    }
    return findings;
  }
}
