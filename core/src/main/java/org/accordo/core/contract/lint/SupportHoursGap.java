package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accordo.core.contract.AfterHours;
import org.accordo.core.contract.Communication;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.Service;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.yaml.YamlNodes;

/**
 * {@code support-hours-gap}: a target runs on a 24x7 calendar, but a service it covers is supported
 * only in business hours and after-hours work does not cover that priority: the clock runs while
 * nobody is on duty.
 */
final class SupportHoursGap extends ContractRule {

  SupportHoursGap() {
    super(
        "support-hours-gap",
        Severity.WARNING,
        "A target runs on a 24x7 calendar but a service it covers is supported only in business hours, "
            + "and after-hours work does not cover its priority.",
        "Add the priority to communication.after_hours.available_for, move the target to the service's hours, "
            + "or extend the service's hours.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<String> afterHours =
        c.communication()
            .flatMap(Communication::afterHours)
            .map(AfterHours::availableFor)
            .orElse(List.of());
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < c.slas().size(); i++) {
      SlaPolicy policy = c.slas().get(i).policy();
      List<Service> limited =
          policy.services().stream()
              .flatMap(id -> c.service(id).stream())
              .filter(service -> !c.isAlwaysOpen(service.hours()))
              .toList();
      if (limited.isEmpty()) {
        continue;
      }
      for (Map.Entry<Metric, Map<String, MetricTarget>> metric : policy.targets().entrySet()) {
        for (String priority : c.priorityIds()) {
          MetricTarget target = metric.getValue().get(priority);
          if (target != null
              && c.isAlwaysOpen(target.calendar())
              && !afterHours.contains(priority)) {
            String path =
                "slas[" + i + "].metrics." + metric.getKey().id() + "." + priority + ".calendar";
            findings.add(
                at(
                    s,
                    path,
                    priority
                        + " "
                        + metric.getKey().id()
                        + " runs on "
                        + YamlNodes.quote(target.calendar())
                        + " (24x7), but "
                        + describe(limited)
                        + " and after-hours work does not cover "
                        + priority));
          }
        }
      }
    }
    return findings;
  }

  private static String describe(List<Service> services) {
    return String.join(
        ", ",
        services.stream()
            .map(
                sv ->
                    YamlNodes.quote(sv.id())
                        + " is supported in "
                        + YamlNodes.quote(sv.hours())
                        + " hours only")
            .toList());
  }
}
