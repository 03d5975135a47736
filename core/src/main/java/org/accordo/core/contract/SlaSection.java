package org.accordo.core.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.availability.AvailabilityYaml;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.policy.SlaPolicyYaml;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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
      Optional<SlaPolicy> policy = SlaPolicyYaml.parse(item, problems, what);
      Optional<AvailabilityPolicy> availability =
          availabilityNode(item)
              .flatMap(n -> AvailabilityYaml.parse(n, problems, what + ".availability"));
      policy.ifPresent(
          p -> {
            if (ids.add(p.id())) {
              slas.add(new ContractSla(p, availability));
            } else {
              problems.add(item, "slas has the id " + YamlNodes.quote(p.id()) + " twice");
            }
          });
    }
    if (items.isEmpty() && node instanceof SequenceNode) {
      problems.add(node, "slas must hold at least one SLA");
    }
    return slas;
  }

  private static Optional<Node> availabilityNode(Node item) {
    if (item instanceof MappingNode mapping) {
      return mapping.getValue().stream()
          .filter(
              t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("availability"))
          .map(NodeTuple::getValueNode)
          .findFirst();
    }
    return Optional.empty();
  }
}
