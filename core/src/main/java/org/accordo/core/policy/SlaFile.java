package org.accordo.core.policy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.CalendarYaml;
import org.accordo.core.yaml.InvalidYaml;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A minimal reading of a contract file for the clock commands: its {@code calendars:}, its {@code
 * slas:} (ticket part) and the ids of its {@code priorities:}; every other section is skipped
 * unread. Stands in until the contract model loads whole contracts, which will replace it.
 *
 * @param calendars the calendars by name
 * @param slas the SLAs in file order
 * @param priorities the priority ids the contract defines
 */
public record SlaFile(Map<String, BusinessCalendar> calendars, List<SlaPolicy> slas, Set<String> priorities) {

  public SlaFile {
    calendars = Map.copyOf(calendars);
    slas = List.copyOf(slas);
    priorities = Set.copyOf(priorities);
  }

  /**
   * Loads the calendars, SLAs and priority ids of a contract file.
   *
   * @throws InvalidYaml with every problem found, each at its line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SlaFile load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a contract document; {@code source} names it in problems.
   *
   * @throws InvalidYaml with every problem found
   */
  public static SlaFile read(Reader reader, String source) {
    YamlProblems problems = new YamlProblems(source);
    Node root = YamlNodes.compose(reader, problems).orElse(null);
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    Set<String> priorities = new LinkedHashSet<>();
    List<SlaPolicy> slas = new ArrayList<>();
    if (root != null) {
      Map<String, Node> sections = YamlNodes.mapping(root, problems, "the contract", Set.of());
      section(sections, "calendars").ifPresent(node -> YamlNodes.mapping(node, problems, "calendars", Set.of())
          .forEach((name, value) -> CalendarYaml.parse(value, problems, "calendars." + name)
              .ifPresent(c -> calendars.put(name, c))));
      section(sections, "priorities").ifPresent(node ->
          priorities.addAll(YamlNodes.mapping(node, problems, "priorities", Set.of()).keySet()));
      section(sections, "slas").ifPresent(node -> readSlas(node, problems, calendars, priorities, slas));
    }
    problems.throwIfAny();
    return new SlaFile(calendars, slas, priorities);
  }

  private static Optional<Node> section(Map<String, Node> sections, String key) {
    return Optional.ofNullable(sections.get(key));
  }

  private static void readSlas(Node node, YamlProblems problems, Map<String, BusinessCalendar> calendars,
      Set<String> priorities, List<SlaPolicy> slas) {
    List<Node> entries = YamlNodes.sequence(node, problems, "slas");
    for (int i = 0; i < entries.size(); i++) {
      Node entry = entries.get(i);
      String what = "slas[" + i + "]";
      SlaPolicyYaml.parse(entry, problems, what).ifPresent(policy -> {
        policy.targets().forEach((metric, byPriority) -> byPriority.forEach((priority, target) -> {
          if (!priorities.contains(priority)) {
            problems.add(entry, what + ".metrics." + metric + " names priority '" + priority
                + "', which priorities: does not define");
          }
          if (!calendars.containsKey(target.calendar())) {
            problems.add(entry, what + ".metrics." + metric + "." + priority + " names calendar '"
                + target.calendar() + "', which calendars: does not define");
          }
        }));
        slas.add(policy);
      });
    }
  }

  /**
   * The SLA with this id.
   *
   * @throws IllegalArgumentException naming the ids there are, if none has this id
   */
  public SlaPolicy sla(String id) {
    Objects.requireNonNull(id, "id");
    return slas.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("the contract has no SLA '" + id + "'; it has "
            + slas.stream().map(SlaPolicy::id).toList()));
  }
}
