package org.accordo.core.contract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One mapping of a contract file, read through {@link YamlNodes}: unknown and duplicate keys are
 * reported when it is opened, missing required keys by {@link #require}, and each reader reports a
 * bad value and returns empty. An absent optional key is empty without a report.
 */
final class Fields {

  private final Node node;
  private final Map<String, Node> entries;
  private final YamlProblems problems;
  private final String what;

  private Fields(Node node, Map<String, Node> entries, YamlProblems problems, String what) {
    this.node = node;
    this.entries = entries;
    this.problems = problems;
    this.what = what;
  }

  static Fields of(Node node, YamlProblems problems, String what, String... allowed) {
    return new Fields(
        node, YamlNodes.mapping(node, problems, what, Set.of(allowed)), problems, what);
  }

  Fields require(String... keys) {
    if (node instanceof MappingNode) {
      YamlNodes.require(entries, node, problems, what, keys);
    }
    return this;
  }

  Node node() {
    return node;
  }

  YamlProblems problems() {
    return problems;
  }

  String whatSelf() {
    return what;
  }

  String what(String key) {
    return what + "." + key;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  Optional<Node> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  Map<String, Node> entries() {
    return entries;
  }

  Optional<Fields> fields(String key, String... allowed) {
    return get(key).map(n -> Fields.of(n, problems, what(key), allowed));
  }

  Optional<String> text(String key) {
    return get(key).flatMap(n -> YamlNodes.string(n, problems, what(key)));
  }

  List<String> texts(String key) {
    return get(key).map(n -> YamlNodes.strings(n, problems, what(key))).orElse(List.of());
  }

  /** An e-mail address by {@link EmailAddresses}; a bad one is reported with the reason. */
  Optional<String> email(String key) {
    return text(key)
        .filter(
            address -> {
              Optional<String> problem = EmailAddresses.problem(address);
              problem.ifPresent(
                  why ->
                      problems.add(
                          entries.get(key),
                          what(key)
                              + " "
                              + YamlNodes.quote(address)
                              + " is not an e-mail address: "
                              + why));
              return problem.isEmpty();
            });
  }

  Optional<Duration> duration(String key) {
    return get(key).flatMap(n -> YamlNodes.duration(n, problems, what(key)));
  }

  Optional<LocalDate> date(String key) {
    return get(key).flatMap(n -> YamlNodes.date(n, problems, what(key)));
  }

  Optional<Integer> positiveInteger(String key) {
    return text(key)
        .flatMap(
            t -> {
              try {
                int value = Integer.parseInt(t);
                if (value >= 1) {
                  return Optional.of(value);
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              problems.add(
                  entries.get(key),
                  what(key) + " " + YamlNodes.quote(t) + " is not a whole number of 1 or more");
              return Optional.empty();
            });
  }

  Optional<Boolean> bool(String key) {
    return text(key)
        .flatMap(
            t ->
                switch (t) {
                  case "true", "yes" -> Optional.of(Boolean.TRUE);
                  case "false", "no" -> Optional.of(Boolean.FALSE);
                  default -> {
                    problems.add(
                        entries.get(key),
                        what(key) + " " + YamlNodes.quote(t) + " is not true or false");
                    yield Optional.empty();
                  }
                });
  }

  /** A calendar period in ISO-8601, e.g. {@code P6M}, {@code P1Y}, {@code P90D}. */
  Optional<Period> period(String key) {
    return text(key)
        .flatMap(
            t -> {
              try {
                Period period = Period.parse(t);
                if (!period.isNegative() && !period.isZero()) {
                  return Optional.of(period);
                }
              } catch (DateTimeParseException e) {
                // reported below
              }
              problems.add(
                  entries.get(key),
                  what(key)
                      + " "
                      + YamlNodes.quote(t)
                      + " is not a period; write e.g. P6M, P1Y or P90D");
              return Optional.empty();
            });
  }

  /** A duration that must be longer than zero. */
  Optional<Duration> positiveDuration(String key) {
    return duration(key)
        .filter(
            d -> {
              if (d.isZero()) {
                problems.add(entries.get(key), what(key) + " must be longer than zero");
                return false;
              }
              return true;
            });
  }
}
