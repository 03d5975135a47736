package org.accordo.core.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code services:} and {@code priorities:} sections. */
final class ScopeSection {

  private ScopeSection() {}

  static List<Service> services(Node node, YamlProblems problems) {
    List<Service> services = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = YamlNodes.sequence(node, problems, "services");
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      service(
              Fields.of(
                      item,
                      problems,
                      "services[" + i + "]",
                      "id",
                      "name",
                      "description",
                      "hours",
                      "includes",
                      "excludes",
                      "limitations")
                  .require("id", "name", "description", "hours"))
          .ifPresent(
              service -> {
                if (ids.add(service.id())) {
                  services.add(service);
                } else {
                  problems.add(
                      item, "services has the id " + YamlNodes.quote(service.id()) + " twice");
                }
              });
    }
    if (items.isEmpty() && node instanceof SequenceNode) {
      problems.add(node, "services must name at least one service");
    }
    return services;
  }

  private static Optional<Service> service(Fields f) {
    Optional<String> id = f.text("id");
    Optional<String> name = f.text("name");
    Optional<String> description = f.text("description");
    Optional<String> hours = f.text("hours");
    List<String> includes = f.texts("includes");
    List<String> excludes = f.texts("excludes");
    List<String> limitations = f.texts("limitations");
    if (id.isEmpty() || name.isEmpty() || description.isEmpty() || hours.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Service(
            id.get(), name.get(), description.get(), hours.get(), includes, excludes, limitations));
  }

  static List<Priority> priorities(Node node, YamlProblems problems) {
    Map<String, Node> entries = YamlNodes.mapping(node, problems, "priorities", Set.of());
    List<Priority> priorities = new ArrayList<>();
    entries.forEach(
        (id, value) -> {
          Fields f =
              Fields.of(value, problems, "priorities." + id, "name", "definition")
                  .require("name", "definition");
          Optional<String> name = f.text("name");
          Optional<String> definition = f.text("definition");
          if (name.isPresent() && definition.isPresent()) {
            priorities.add(new Priority(id, name.get(), definition.get()));
          }
        });
    if (entries.isEmpty() && node instanceof MappingNode) {
      problems.add(node, "priorities must define at least one priority");
    }
    return priorities;
  }
}
