package org.accordo.app.contracts;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the header of an uploaded contract: {@code contract.id} and {@code contract.effective}
 * ({@code from}, optional {@code to}), reporting every problem at its line and column. This is the
 * one place that judges a contract document on upload; the full contract loader and linter of
 * {@code core} replace it when they land.
 */
final class ContractDocumentCheck {

  private static final Set<String> EFFECTIVE_KEYS = Set.of("from", "to");

  private ContractDocumentCheck() {}

  /** {@code contract.effective}: {@code to} may be null. */
  private record Effective(LocalDate from, LocalDate to) {}

  /**
   * @param document the YAML text as uploaded
   * @param problems where problems are reported
   * @return the header, or empty when {@code problems} has at least one problem
   */
  static Optional<ContractHeader> read(String document, YamlProblems problems) {
    if (hasControlCharacter(document, problems)) {
      return Optional.empty();
    }
    Optional<Node> root = YamlNodes.compose(new StringReader(document), problems);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> top = YamlNodes.mapping(root.get(), problems, "the document", Set.of());
    YamlNodes.require(top, root.get(), problems, "the document", "contract");
    if (!top.containsKey("contract")) {
      return Optional.empty();
    }
    Node contractNode = top.get("contract");
    Map<String, Node> contract = YamlNodes.mapping(contractNode, problems, "contract", Set.of());
    YamlNodes.require(contract, contractNode, problems, "contract", "id", "effective");
    Optional<String> id = Optional.ofNullable(contract.get("id")).flatMap(n -> YamlNodes.string(n, problems, "contract.id"));
    Optional<Effective> effective = Optional.ofNullable(contract.get("effective")).flatMap(n -> effective(n, problems));
    if (!problems.isEmpty() || id.isEmpty() || effective.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ContractHeader(id.get(), effective.get().from(), effective.get().to()));
  }

  /**
   * Reports the first character YAML does not allow (a control character other than tab, line
   * feed and carriage return) at its line and column; SnakeYAML's own report of it has no place.
   */
  private static boolean hasControlCharacter(String document, YamlProblems problems) {
    int line = 0;
    int column = 0;
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (c == '\n') {
        line++;
        column = 0;
        continue;
      }
      if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f && c != 0x85)) {
        problems.add(new Mark("contract", i, line, column, new int[0], 0),
            String.format("control character U+%04X is not allowed in YAML", (int) c));
        return true;
      }
      column++;
    }
    return false;
  }

  private static Optional<Effective> effective(Node node, YamlProblems problems) {
    Map<String, Node> effective = YamlNodes.mapping(node, problems, "contract.effective", EFFECTIVE_KEYS);
    YamlNodes.require(effective, node, problems, "contract.effective", "from");
    Optional<LocalDate> from = Optional.ofNullable(effective.get("from"))
        .flatMap(n -> YamlNodes.date(n, problems, "contract.effective.from"));
    Node toNode = effective.get("to");
    Optional<LocalDate> to = Optional.ofNullable(toNode).flatMap(n -> YamlNodes.date(n, problems, "contract.effective.to"));
    if (from.isEmpty() || (toNode != null && to.isEmpty())) {
      return Optional.empty();
    }
    if (to.isPresent() && to.get().isBefore(from.get())) {
      problems.add(toNode, "contract.effective.to " + to.get() + " is before contract.effective.from " + from.get());
      return Optional.empty();
    }
    return Optional.of(new Effective(from.get(), to.orElse(null)));
  }
}
