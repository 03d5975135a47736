package org.accordo.core.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the ticket part of one {@code slas:} entry of a contract into an {@link SlaPolicy}: {@code
 * id}, {@code services}, {@code metrics}, {@code pause_on}, {@code on_priority_change}, {@code
 * on_reopen}, {@code escalation}. The key {@code availability} is tolerated (another reader owns
 * it); any other key is reported. Priority ids and calendar names are not checked here: the
 * contract that holds the entry knows them.
 */
public final class SlaPolicyYaml {

  private static final Set<String> KEYS =
      Set.of(
          "id",
          "services",
          "metrics",
          "pause_on",
          "on_priority_change",
          "on_reopen",
          "escalation",
          "availability");
  private static final Set<String> TARGET_KEYS = Set.of("target", "calendar");
  private static final Set<String> THRESHOLD_KEYS = Set.of("at", "level");

  private SlaPolicyYaml() {}

  /**
   * Parses one {@code slas:} entry, reporting every problem into {@code problems}.
   *
   * @param slaEntry the entry's mapping node
   * @param problems where problems go, each at its line and column
   * @param what the entry's name in messages, e.g. {@code "slas[0]"}
   * @return the policy, or empty when a problem made it unusable (and was reported)
   */
  public static Optional<SlaPolicy> parse(Node slaEntry, YamlProblems problems, String what) {
    int before = problems.all().size();
    Map<String, Node> entries = YamlNodes.mapping(slaEntry, problems, what, KEYS);
    YamlNodes.require(entries, slaEntry, problems, what, "id");
    Optional<String> id =
        optional(entries, "id").flatMap(n -> YamlNodes.string(n, problems, what + ".id"));
    List<String> services =
        optional(entries, "services")
            .map(n -> YamlNodes.strings(n, problems, what + ".services"))
            .orElse(List.of());
    Map<Metric, Map<String, MetricTarget>> targets =
        optional(entries, "metrics")
            .map(n -> metrics(n, problems, what + ".metrics"))
            .orElse(Map.of());
    Map<Metric, Set<TicketStatus>> pauses =
        optional(entries, "pause_on")
            .map(n -> pauses(n, problems, what + ".pause_on"))
            .orElse(Map.of());
    PriorityChangeRule onPriorityChange =
        optional(entries, "on_priority_change")
            .flatMap(n -> rule(n, problems, what + ".on_priority_change", PriorityChangeRule.class))
            .orElse(PriorityChangeRule.RETROACTIVE);
    ReopenRule onReopen =
        optional(entries, "on_reopen")
            .flatMap(n -> rule(n, problems, what + ".on_reopen", ReopenRule.class))
            .orElse(ReopenRule.RESUME);
    List<EscalationThreshold> escalation =
        optional(entries, "escalation")
            .map(n -> escalation(n, problems, what + ".escalation"))
            .orElse(List.of());
    if (problems.all().size() > before || id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SlaPolicy(id.get(), services, targets, pauses, onPriorityChange, onReopen, escalation));
  }

  private static Optional<Node> optional(Map<String, Node> entries, String key) {
    return Optional.ofNullable(entries.get(key));
  }

  private static Map<Metric, Map<String, MetricTarget>> metrics(
      Node node, YamlProblems problems, String what) {
    Map<Metric, Map<String, MetricTarget>> targets = new EnumMap<>(Metric.class);
    YamlNodes.mapping(node, problems, what, Set.of())
        .forEach(
            (metricId, byPriority) -> {
              Optional<Metric> metric = Metric.fromId(metricId);
              if (metric.isEmpty()) {
                problems.addAtKey(
                    byPriority,
                    "unknown metric "
                        + YamlNodes.quote(metricId)
                        + " in "
                        + what
                        + "; expected one of "
                        + metricIds());
                return;
              }
              Map<String, MetricTarget> perPriority = new LinkedHashMap<>();
              YamlNodes.mapping(byPriority, problems, what + "." + metricId, Set.of())
                  .forEach(
                      (priority, targetNode) ->
                          target(targetNode, problems, what + "." + metricId + "." + priority)
                              .ifPresent(t -> perPriority.put(priority, t)));
              targets.put(metric.get(), perPriority);
            });
    return targets;
  }

  private static Optional<MetricTarget> target(Node node, YamlProblems problems, String what) {
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, TARGET_KEYS);
    YamlNodes.require(entries, node, problems, what, "target", "calendar");
    Optional<Duration> target =
        optional(entries, "target").flatMap(n -> YamlNodes.duration(n, problems, what + ".target"));
    Optional<String> calendar =
        optional(entries, "calendar")
            .flatMap(n -> YamlNodes.string(n, problems, what + ".calendar"));
    if (target.isPresent() && (target.get().isZero() || target.get().isNegative())) {
      problems.add(entries.get("target"), what + ".target must be longer than zero");
      return Optional.empty();
    }
    if (target.isEmpty() || calendar.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MetricTarget(target.get(), calendar.get()));
  }

  private static Map<Metric, Set<TicketStatus>> pauses(
      Node node, YamlProblems problems, String what) {
    Map<Metric, Set<TicketStatus>> pauses = new EnumMap<>(Metric.class);
    YamlNodes.mapping(node, problems, what, Set.of())
        .forEach(
            (metricId, statusList) -> {
              Optional<Metric> metric = Metric.fromId(metricId);
              if (metric.isEmpty()) {
                problems.addAtKey(
                    statusList,
                    "unknown metric "
                        + YamlNodes.quote(metricId)
                        + " in "
                        + what
                        + "; expected one of "
                        + metricIds());
                return;
              }
              Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
              List<Node> items = YamlNodes.sequence(statusList, problems, what + "." + metricId);
              for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                YamlNodes.string(item, problems, what + "." + metricId + "[" + i + "]")
                    .ifPresent(
                        id -> {
                          Optional<TicketStatus> status = TicketStatus.fromId(id);
                          if (status.isEmpty() || status.get().isResolved()) {
                            problems.add(
                                item,
                                YamlNodes.quote(id)
                                    + " in "
                                    + what
                                    + "."
                                    + metricId
                                    + " is not a status that can pause a clock; "
                                    + "expected one of new, open, in_progress, waiting_customer, waiting_third_party, on_hold");
                          } else {
                            statuses.add(status.get());
                          }
                        });
              }
              pauses.put(metric.get(), statuses);
            });
    return pauses;
  }

  private static <E extends Enum<E>> Optional<E> rule(
      Node node, YamlProblems problems, String what, Class<E> type) {
    return YamlNodes.string(node, problems, what)
        .flatMap(
            text -> {
              for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                  return Optional.of(constant);
                }
              }
              List<String> allowed = new ArrayList<>();
              for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
              }
              problems.add(node, what + " " + YamlNodes.quote(text) + " is not one of " + allowed);
              return Optional.empty();
            });
  }

  private static List<EscalationThreshold> escalation(
      Node node, YamlProblems problems, String what) {
    List<EscalationThreshold> thresholds = new ArrayList<>();
    List<Node> items = YamlNodes.sequence(node, problems, what);
    for (int i = 0; i < items.size(); i++) {
      String itemWhat = what + "[" + i + "]";
      Node item = items.get(i);
      Map<String, Node> entries = YamlNodes.mapping(item, problems, itemWhat, THRESHOLD_KEYS);
      YamlNodes.require(entries, item, problems, itemWhat, "at", "level");
      Optional<Double> at =
          optional(entries, "at").flatMap(n -> fraction(n, problems, itemWhat + ".at"));
      Optional<String> level =
          optional(entries, "level")
              .flatMap(n -> YamlNodes.string(n, problems, itemWhat + ".level"));
      if (at.isPresent() && level.isPresent()) {
        if (!thresholds.isEmpty()
            && thresholds.get(thresholds.size() - 1).atFraction() >= at.get()) {
          problems.add(item, itemWhat + ".at must be greater than the threshold before it");
        } else {
          thresholds.add(new EscalationThreshold(at.get(), level.get()));
        }
      }
    }
    return thresholds;
  }

  /** The highest escalation threshold, as a fraction of the target. */
  static final double MAX_FRACTION = 10;

  /** A fraction of the target: {@code 0.75} or {@code 75%}; greater than zero, at most 10. */
  private static Optional<Double> fraction(Node node, YamlProblems problems, String what) {
    return YamlNodes.string(node, problems, what)
        .flatMap(
            text -> {
              double value;
              try {
                value =
                    text.endsWith("%")
                        ? Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100
                        : Double.parseDouble(text);
              } catch (NumberFormatException e) {
                problems.add(
                    node,
                    what
                        + " "
                        + YamlNodes.quote(text)
                        + " is not a fraction of the target; write e.g. 0.75 or 75%");
                return Optional.empty();
              }
              if (!(value > 0) || Double.isInfinite(value)) {
                problems.add(
                    node, what + " " + YamlNodes.quote(text) + " must be greater than zero");
                return Optional.empty();
              }
              if (value > MAX_FRACTION) {
                problems.add(
                    node,
                    what
                        + " "
                        + YamlNodes.quote(text)
                        + " must be at most "
                        + (int) MAX_FRACTION
                        + " (1000% of the target)");
                return Optional.empty();
              }
              return Optional.of(value);
            });
  }

  private static List<String> metricIds() {
    List<String> ids = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      ids.add(metric.id());
    }
    return ids;
  }
}
