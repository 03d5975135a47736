package org.accordo.core.imports;

import static org.accordo.core.yaml.YamlNodes.quote;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.contract.SourceLocation;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads a mapping file ({@code docs/imports.md}, "Mapping files"), reporting every problem at once
 * with its line and column: unknown or missing keys, a zone that does not exist, a pattern {@code
 * java.time} or {@code java.util.regex} cannot read, an unknown Accordo status, a rule with no or
 * two actions. A PSA status or priority with an empty value is loaded as unmapped: the linter
 * reports it, and a row that carries it is refused.
 */
public final class MappingLoader {

  private static final Set<String> TOP =
      Set.of(
          "mapping", "tickets", "history", "statuses", "priorities", "services", "default_service");
  private static final Set<String> HEADER =
      Set.of("source", "title", "time_zone", "local_times", "timestamp_formats");
  private static final Set<String> TICKETS =
      Set.of(
          "id",
          "subject",
          "priority",
          "service",
          "status",
          "created",
          "first_response",
          "resolved",
          "closed",
          "updated");
  private static final Set<String> HISTORY = Set.of("ticket", "at", "rows");
  private static final Set<String> RULE = Set.of("when", "status", "priority", "event");
  private static final Set<String> VALUE = Set.of("column", "pattern");

  private final YamlProblems problems;
  private final String source;

  private MappingLoader(String source) {
    this.source = source;
    this.problems = new YamlProblems(source);
  }

  /**
   * @param source the file's name, as shown in problems
   */
  public static MappingLoad load(String document, String source) {
    return new MappingLoader(source).load(document);
  }

  private MappingLoad load(String document) {
    Optional<ImportMapping> mapping =
        YamlNodes.compose(new StringReader(document), problems).flatMap(this::mapping);
    if (!problems.isEmpty()) {
      return new MappingLoad(Optional.empty(), problems.all());
    }
    return new MappingLoad(mapping, List.of());
  }

  private Optional<ImportMapping> mapping(Node root) {
    Map<String, Node> top = YamlNodes.mapping(root, problems, "the mapping file", TOP);
    YamlNodes.require(top, root, problems, "the mapping file", "mapping", "tickets", "statuses");
    Node headerNode = top.get("mapping");
    Map<String, Node> header =
        headerNode == null ? Map.of() : YamlNodes.mapping(headerNode, problems, "mapping", HEADER);
    if (headerNode != null) {
      YamlNodes.require(header, headerNode, problems, "mapping", "source", "time_zone");
    }
    Optional<String> sourceId = text(header.get("source"), "mapping.source");
    sourceId
        .filter(s -> !s.matches("[a-z0-9_-]{1,32}"))
        .ifPresent(
            s ->
                problems.add(
                    header.get("source"),
                    "mapping.source " + quote(s) + " must be 1 to 32 of a-z 0-9 _ -"));
    Optional<ZoneId> zone = zone(header.get("time_zone"));
    LocalTimeRule localTimes = localTimes(header.get("local_times"));
    List<String> formats = formats(header.get("timestamp_formats"));
    Optional<TicketColumns> tickets =
        Optional.ofNullable(top.get("tickets")).flatMap(this::tickets);
    Optional<HistoryMapping> history =
        Optional.ofNullable(top.get("history")).flatMap(this::history);
    Map<String, MappedValue<StatusTarget>> statuses =
        top.containsKey("statuses") ? statuses(top.get("statuses")) : Map.of();
    Map<String, MappedValue<String>> priorities = names(top.get("priorities"), "priorities");
    Map<String, MappedValue<String>> services = names(top.get("services"), "services");
    Optional<String> defaultService = text(top.get("default_service"), "default_service");
    if (!problems.isEmpty() || sourceId.isEmpty() || zone.isEmpty() || tickets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ImportMapping(
            sourceId.get(),
            text(header.get("title"), "mapping.title").orElse(sourceId.get()),
            zone.get(),
            localTimes,
            formats,
            tickets.get(),
            history,
            statuses,
            priorities,
            services,
            defaultService,
            SourceLocation.document(source)));
  }

  private Optional<ZoneId> zone(Node node) {
    return text(node, "mapping.time_zone")
        .flatMap(
            id -> {
              try {
                return Optional.of(ZoneId.of(id));
              } catch (DateTimeException e) {
                problems.add(
                    node,
                    "mapping.time_zone "
                        + quote(id)
                        + " is not a time zone; write an IANA id such as Europe/Rome");
                return Optional.empty();
              }
            });
  }

  private LocalTimeRule localTimes(Node node) {
    Optional<String> id = text(node, "mapping.local_times");
    if (id.isEmpty()) {
      return LocalTimeRule.SHIFT_GAP_EARLIER_OVERLAP;
    }
    return LocalTimeRule.fromId(id.get())
        .orElseGet(
            () -> {
              problems.add(
                  node,
                  "mapping.local_times "
                      + quote(id.get())
                      + " is not a rule; write shift_gap_earlier_overlap or refuse");
              return LocalTimeRule.SHIFT_GAP_EARLIER_OVERLAP;
            });
  }

  private List<String> formats(Node node) {
    if (node == null) {
      return List.of();
    }
    List<String> formats = YamlNodes.strings(node, problems, "mapping.timestamp_formats");
    for (String pattern : formats) {
      try {
        TimestampReader.format(pattern);
      } catch (IllegalArgumentException e) {
        problems.add(
            node,
            "mapping.timestamp_formats: "
                + quote(pattern)
                + " is not a java.time pattern: "
                + e.getMessage());
      }
    }
    return formats;
  }

  private Optional<TicketColumns> tickets(Node node) {
    Map<String, Node> t = YamlNodes.mapping(node, problems, "tickets", TICKETS);
    YamlNodes.require(t, node, problems, "tickets", "id", "priority", "created");
    Optional<String> id = text(t.get("id"), "tickets.id");
    Optional<String> priority = text(t.get("priority"), "tickets.priority");
    Optional<String> created = text(t.get("created"), "tickets.created");
    if (id.isEmpty() || priority.isEmpty() || created.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TicketColumns(
            id.get(),
            text(t.get("subject"), "tickets.subject"),
            priority.get(),
            text(t.get("service"), "tickets.service"),
            text(t.get("status"), "tickets.status"),
            created.get(),
            text(t.get("first_response"), "tickets.first_response"),
            text(t.get("resolved"), "tickets.resolved"),
            text(t.get("closed"), "tickets.closed"),
            text(t.get("updated"), "tickets.updated")));
  }

  private Optional<HistoryMapping> history(Node node) {
    Map<String, Node> h = YamlNodes.mapping(node, problems, "history", HISTORY);
    YamlNodes.require(h, node, problems, "history", "ticket", "at", "rows");
    Optional<String> ticket = text(h.get("ticket"), "history.ticket");
    Optional<String> at = text(h.get("at"), "history.at");
    List<HistoryRule> rules = new ArrayList<>();
    if (h.containsKey("rows")) {
      List<Node> items = YamlNodes.sequence(h.get("rows"), problems, "history.rows");
      if (items.isEmpty() && h.get("rows") instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
        problems.add(h.get("rows"), "history.rows needs at least one rule");
      }
      for (int i = 0; i < items.size(); i++) {
        rule(items.get(i), "history.rows[" + i + "]").ifPresent(rules::add);
      }
    }
    if (ticket.isEmpty() || at.isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HistoryMapping(ticket.get(), at.get(), rules));
  }

  private Optional<HistoryRule> rule(Node node, String what) {
    Map<String, Node> r = YamlNodes.mapping(node, problems, what, RULE);
    Map<String, Set<String>> when = when(r.get("when"), what + ".when");
    List<String> actions = r.keySet().stream().filter(k -> !k.equals("when")).toList();
    if (actions.size() != 1) {
      problems.add(
          node,
          what
              + " needs exactly one of status, priority or event (found "
              + (actions.isEmpty() ? "none" : String.join(", ", actions))
              + ")");
      return Optional.empty();
    }
    String key = actions.get(0);
    Node value = r.get(key);
    if (key.equals("event")) {
      return text(value, what + ".event")
          .flatMap(
              id -> {
                Optional<HistoryAction> action =
                    HistoryAction.fromId(id).filter(a -> !a.takesValue());
                if (action.isEmpty()) {
                  problems.add(
                      value,
                      what
                          + ".event "
                          + quote(id)
                          + " is not an event; use one of "
                          + HistoryAction.eventIds());
                  return Optional.empty();
                }
                return Optional.of(
                    new HistoryRule(when, action.get(), Optional.empty(), location(node)));
              });
    }
    HistoryAction action = key.equals("status") ? HistoryAction.STATUS : HistoryAction.PRIORITY;
    return valueSource(value, what + "." + key)
        .map(v -> new HistoryRule(when, action, Optional.of(v), location(node)));
  }

  private Map<String, Set<String>> when(Node node, String what) {
    if (node == null) {
      return Map.of();
    }
    Map<String, Set<String>> when = new LinkedHashMap<>();
    YamlNodes.mapping(node, problems, what, Set.of())
        .forEach(
            (column, values) -> {
              List<String> accepted =
                  values instanceof ScalarNode
                      ? text(values, what + "." + column).map(List::of).orElse(List.of())
                      : YamlNodes.strings(values, problems, what + "." + column);
              when.put(column, Set.copyOf(accepted.stream().map(Names::key).toList()));
            });
    return when;
  }

  private Optional<ValueSource> valueSource(Node node, String what) {
    if (node instanceof ScalarNode) {
      return text(node, what).map(ValueSource::of);
    }
    Map<String, Node> v = YamlNodes.mapping(node, problems, what, VALUE);
    YamlNodes.require(v, node, problems, what, "column");
    Optional<String> column = text(v.get("column"), what + ".column");
    Optional<java.util.regex.Pattern> pattern =
        text(v.get("pattern"), what + ".pattern")
            .flatMap(
                p -> {
                  try {
                    return Optional.of(java.util.regex.Pattern.compile(p));
                  } catch (java.util.regex.PatternSyntaxException e) {
                    problems.add(
                        v.get("pattern"),
                        what
                            + ".pattern "
                            + quote(p)
                            + " is not a regular expression: "
                            + e.getDescription());
                    return Optional.empty();
                  }
                });
    return column.map(c -> new ValueSource(c, pattern));
  }

  private Map<String, MappedValue<StatusTarget>> statuses(Node node) {
    Map<String, MappedValue<StatusTarget>> statuses = new LinkedHashMap<>();
    entries(node, "statuses")
        .forEach(
            (name, value) -> {
              Optional<StatusTarget> target =
                  isEmpty(value)
                      ? Optional.empty()
                      : text(value, "statuses." + name)
                          .flatMap(
                              id -> {
                                Optional<StatusTarget> t = StatusTarget.fromId(id);
                                if (t.isEmpty()) {
                                  problems.add(
                                      value,
                                      "statuses."
                                          + name
                                          + ": "
                                          + quote(id)
                                          + " is not an Accordo status; use one of "
                                          + StatusTarget.ids());
                                }
                                return t;
                              });
              put(statuses, value, name, new MappedValue<>(name, target, location(value)));
            });
    return statuses;
  }

  private Map<String, MappedValue<String>> names(Node node, String what) {
    Map<String, MappedValue<String>> names = new LinkedHashMap<>();
    if (node == null) {
      return names;
    }
    entries(node, what)
        .forEach(
            (name, value) ->
                put(
                    names,
                    value,
                    name,
                    new MappedValue<>(
                        name,
                        isEmpty(value) ? Optional.empty() : text(value, what + "." + name),
                        location(value))));
    return names;
  }

  private Map<String, Node> entries(Node node, String what) {
    return YamlNodes.mapping(node, problems, what, Set.of());
  }

  private <T> void put(Map<String, MappedValue<T>> map, Node value, String name, MappedValue<T> v) {
    if (map.putIfAbsent(Names.key(name), v) != null) {
      problems.add(
          value,
          quote(name) + " is named twice (names are compared without case and surrounding blanks)");
    }
  }

  private static boolean isEmpty(Node node) {
    if (!(node instanceof ScalarNode scalar)) {
      return false;
    }
    String value = scalar.getValue().strip();
    return value.isEmpty() || value.equals("~") || value.equals("null");
  }

  private Optional<String> text(Node node, String what) {
    return node == null ? Optional.empty() : YamlNodes.string(node, problems, what);
  }

  private SourceLocation location(Node node) {
    return node == null
        ? SourceLocation.document(source)
        : new SourceLocation(
            source, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }
}
