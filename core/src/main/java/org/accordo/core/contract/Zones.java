package org.accordo.core.contract;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/** Reading IANA time zone ids. */
final class Zones {

  private Zones() {}

  static Optional<ZoneId> check(String zone, Node node, YamlProblems problems, String what) {
    try {
      return Optional.of(ZoneId.of(zone));
    } catch (DateTimeException e) {
      problems.add(
          node, what + " " + YamlNodes.quote(zone) + " is not a time zone; write e.g. Europe/Rome");
      return Optional.empty();
    }
  }
}
