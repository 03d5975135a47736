package org.accordo.core.contract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.availability.AvailabilityYaml;
import org.accordo.core.policy.EscalationThreshold;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.PriorityChangeRule;
import org.accordo.core.policy.ReopenRule;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code slas:} section: each entry's ticket policy and its availability block. */
final class SlaSection {

  private SlaSection() {}

  static List<ContractSla> read(Node node, YamlProblems problems) {
    List<ContractSla> slas = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = YamlNodes.sequence(node, problems, "slas");
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String what = "slas[" + i + "]";
      Optional<SlaPolicy> policy = policy(item, problems, what);
      Optional<AvailabilityPolicy> availability = availabilityNode(item)
          .flatMap(n -> AvailabilityYaml.parse(n, problems, what + ".availability"));
      policy.ifPresent(p -> {
        if (ids.add(p.id())) {
          slas.add(new ContractSla(p, availability));
        } else {
          problems.add(item, "slas has the id '" + p.id() + "' twice");
        }
      });
    }
    if (items.isEmpty() && node instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
      problems.add(node, "slas must hold at least one SLA");
    }
    return slas;
  }

  private static Optional<Node> availabilityNode(Node item) {
    if (item instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
      return mapping.getValue().stream()
          .filter(t -> t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("availability"))
          .map(org.yaml.snakeyaml.nodes.NodeTuple::getValueNode)
          .findFirst();
    }
    return Optional.empty();
  }

  // Interim reader of the ticket part until the clocks branch's SlaPolicyYaml is merged.
  private static Optional<SlaPolicy> policy(Node item, YamlProblems problems, String what) {
    Fields f = Fields.of(item, problems, what, "id", "services", "metrics", "pause_on", "on_priority_change",
            "on_reopen", "escalation", "availability")
        .require("id", "services");
    Optional<String> id = f.text("id");
    List<String> services = f.texts("services");
    Map<Metric, Map<String, MetricTarget>> targets = new EnumMap<>(Metric.class);
    f.fields("metrics").ifPresent(m -> m.entries().forEach((metricId, byPriority) -> {
      Optional<Metric> metric = Metric.fromId(metricId);
      if (metric.isEmpty()) {
        problems.add(byPriority, "unknown metric '" + metricId + "' in " + what + ".metrics");
        return;
      }
      Map<String, MetricTarget> perPriority = new LinkedHashMap<>();
      Fields.of(byPriority, problems, m.what(metricId)).entries().forEach((priority, target) -> {
        Fields t = Fields.of(target, problems, m.what(metricId) + "." + priority, "target", "calendar").require("target", "calendar");
        Optional<java.time.Duration> d = t.positiveDuration("target");
        Optional<String> calendar = t.text("calendar");
        if (d.isPresent() && calendar.isPresent()) {
          perPriority.put(priority, new MetricTarget(d.get(), calendar.get()));
        }
      });
      targets.put(metric.get(), perPriority);
    }));
    Map<Metric, Set<TicketStatus>> pauses = new EnumMap<>(Metric.class);
    f.fields("pause_on").ifPresent(p -> p.entries().forEach((metricId, statuses) -> {
      Set<TicketStatus> set = new HashSet<>();
      for (String s : p.texts(metricId)) {
        TicketStatus.fromId(s).ifPresentOrElse(set::add, () -> problems.add(statuses, "unknown status '" + s + "' in " + p.what(metricId)));
      }
      Metric.fromId(metricId).ifPresentOrElse(m -> pauses.put(m, set), () -> problems.add(statuses, "unknown metric '" + metricId + "' in " + what + ".pause_on"));
    }));
    PriorityChangeRule onChange = f.text("on_priority_change").map(s -> s.equals("restart") ? PriorityChangeRule.RESTART : PriorityChangeRule.RETROACTIVE).orElse(PriorityChangeRule.RETROACTIVE);
    ReopenRule onReopen = f.text("on_reopen").map(s -> s.equals("restart") ? ReopenRule.RESTART : ReopenRule.RESUME).orElse(ReopenRule.RESUME);
    List<EscalationThreshold> escalation = new ArrayList<>();
    List<Node> thresholds = f.get("escalation").map(n -> YamlNodes.sequence(n, problems, what + ".escalation")).orElse(List.of());
    for (int j = 0; j < thresholds.size(); j++) {
      Fields t = Fields.of(thresholds.get(j), problems, what + ".escalation[" + j + "]", "at", "level").require("at", "level");
      Optional<String> at = t.text("at");
      Optional<String> level = t.text("level");
      if (at.isPresent() && level.isPresent()) {
        escalation.add(new EscalationThreshold(Double.parseDouble(at.get()), level.get()));
      }
    }
    return id.map(i -> new SlaPolicy(i, services, targets, pauses, onChange, onReopen, escalation));
  }
}
