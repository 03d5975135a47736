package org.accordo.core.contract;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.core.yaml.InvalidYaml;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What changed between two versions of a contract file, section by section, for the periodic
 * review. Compares the files' values by path; list items that have an {@code id} (or an {@code
 * item}, {@code type} or {@code level}) are matched by it, so reordering a list is no change and a
 * changed target is reported at {@code slas[service-desk].metrics...} rather than at an index. A
 * list of plain values is compared as one value. Durations and percentages are compared by value
 * ({@code 4h} and {@code PT4H} are the same), everything else as written.
 */
public final class ContractDiff {

  private static final List<String> ITEM_KEYS = List.of("id", "item", "type", "level");
  private static final int MAX_DEPTH = 64;
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

  private ContractDiff() {}

  /**
   * The changes from {@code oldText} to {@code newText}, in section order (the order of the
   * reference contract), then in document order.
   *
   * @throws InvalidYaml if either text is not YAML
   */
  public static List<ContractChange> between(
      String oldText, String oldName, String newText, String newName) {
    Map<String, String> before = flatten(oldText, oldName);
    Map<String, String> after = flatten(newText, newName);
    List<ContractChange> changes = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : before.entrySet()) {
      String path = e.getKey();
      if (after.containsKey(path)) {
        if (!sameValue(e.getValue(), after.get(path))) {
          changes.add(
              change(ContractChange.Kind.CHANGED, path, show(e.getValue()), show(after.get(path))));
        }
      } else if (!covered(path, reported) && topMost(path, after)) {
        reported.add(path);
        changes.add(change(ContractChange.Kind.REMOVED, path, e.getValue(), null));
      }
    }
    reported.clear();
    for (Map.Entry<String, String> e : after.entrySet()) {
      String path = e.getKey();
      if (!before.containsKey(path) && !covered(path, reported) && topMost(path, before)) {
        reported.add(path);
        changes.add(change(ContractChange.Kind.ADDED, path, null, e.getValue()));
      }
    }
    List<String> order = sectionOrder();
    changes.sort(Comparator.comparingInt((ContractChange c) -> rank(order, c.section())));
    return changes;
  }

  /**
   * Equal as written, or the same duration or percentage written two ways ({@code 4h}, {@code
   * PT4H}).
   */
  static boolean sameValue(String before, String after) {
    if (Objects.equals(before, after)) {
      return true;
    }
    if (before == null || after == null) {
      return false;
    }
    Optional<Duration> d1 = YamlNodes.parseDuration(before.strip());
    Optional<Duration> d2 = YamlNodes.parseDuration(after.strip());
    if (d1.isPresent() && d2.isPresent()) {
      return d1.get().equals(d2.get());
    }
    Optional<BigDecimal> p1 = percent(before);
    Optional<BigDecimal> p2 = percent(after);
    return p1.isPresent() && p2.isPresent() && p1.get().compareTo(p2.get()) == 0;
  }

  private static Optional<BigDecimal> percent(String text) {
    Matcher m = PERCENT.matcher(text.strip());
    return m.matches() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
  }

  private static String show(String value) {
    return value == null ? "(mapping)" : value;
  }

  /** True when the path's parent exists on the other side, so this is the top-most missing node. */
  private static boolean topMost(String path, Map<String, String> other) {
    String parent = parent(path);
    return parent.isEmpty() || other.containsKey(parent);
  }

  private static String parent(String path) {
    if (path.endsWith("]")) {
      return path.substring(0, path.lastIndexOf('['));
    }
    return SourceMap.parent(path);
  }

  private static boolean covered(String path, Set<String> reported) {
    for (String r : reported) {
      if (path.startsWith(r + ".") || path.startsWith(r + "[")) {
        return true;
      }
    }
    return false;
  }

  private static ContractChange change(
      ContractChange.Kind kind, String path, String before, String after) {
    int cut = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        cut = i;
        break;
      }
    }
    return new ContractChange(
        path.substring(0, cut),
        kind,
        path,
        Optional.ofNullable(before),
        Optional.ofNullable(after));
  }

  private static int rank(List<String> order, String section) {
    int i = order.indexOf(section);
    return i < 0 ? order.size() : i;
  }

  private static List<String> sectionOrder() {
    return List.of(
        "contract",
        "calendars",
        "services",
        "priorities",
        "responsibilities",
        "communication",
        "slas",
        "escalation",
        "problem_management",
        "reporting",
        "credits",
        "security",
        "scalability",
        "pricing",
        "termination",
        "hold_harmless");
  }

  /**
   * Every node by path: plain values and plain lists with their text, mappings and other lists as
   * null.
   */
  static Map<String, String> flatten(String text, String name) {
    YamlProblems problems = new YamlProblems(name);
    Optional<Node> root = YamlNodes.compose(new StringReader(text), problems);
    problems.throwIfAny();
    Map<String, String> values = new LinkedHashMap<>();
    root.ifPresent(r -> visit("", r, values, 0));
    return values;
  }

  private static void visit(String path, Node node, Map<String, String> values, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof ScalarNode scalar) {
      values.put(path, scalar.getValue());
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      if (items.stream().allMatch(ScalarNode.class::isInstance)) {
        values.put(
            path,
            "["
                + String.join(", ", items.stream().map(n -> ((ScalarNode) n).getValue()).toList())
                + "]");
        return;
      }
      values.put(path, null);
      for (int i = 0; i < items.size(); i++) {
        String key =
            itemKey(items.get(i))
                .filter(k -> !values.containsKey(path + "[" + k + "]"))
                .orElse(String.valueOf(i));
        visit(path + "[" + key + "]", items.get(i), values, depth + 1);
      }
    } else if (node instanceof MappingNode mapping) {
      if (!path.isEmpty()) {
        values.put(path, null);
      }
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode key) {
          visit(
              path.isEmpty() ? key.getValue() : path + "." + key.getValue(),
              t.getValueNode(),
              values,
              depth + 1);
        }
      }
    }
  }

  private static Optional<String> itemKey(Node item) {
    if (item instanceof MappingNode mapping) {
      for (String wanted : ITEM_KEYS) {
        for (NodeTuple t : mapping.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k
              && k.getValue().equals(wanted)
              && t.getValueNode() instanceof ScalarNode v) {
            return Optional.of(v.getValue());
          }
        }
      }
    }
    return Optional.empty();
  }
}
