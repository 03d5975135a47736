package org.accordo.core.contract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.error.Mark;

/**
 * Checks that every name a contract uses is defined in it: calendars, services, priorities and
 * escalation levels. Works on the file's values by path, so a reference is checked even when the
 * entry holding it has other problems; a section that is missing altogether is reported once by the
 * loader, not at every reference to it.
 */
final class CrossReferences {

  private static final Pattern CALENDAR_REFS =
      Pattern.compile(
          "services\\[\\d+]\\.hours|communication\\.channels\\[\\d+]\\.hours|slas\\[\\d+]\\.metrics\\.[^.]+\\.[^.]+\\.calendar"
              + "|slas\\[\\d+]\\.availability\\.calendar|problem_management\\.root_cause_analysis\\.within\\.calendar"
              + "|reporting\\.delivered_within\\.calendar|escalation\\.levels\\.[^.]+\\.hours");
  private static final Pattern SERVICE_REFS = Pattern.compile("slas\\[\\d+]\\.services\\[\\d+]");
  private static final Pattern PRIORITY_REFS =
      Pattern.compile(
          "communication\\.after_hours\\.available_for\\[\\d+]|problem_management\\.root_cause_analysis\\.required_for\\[\\d+]"
              + "|credits\\.rules\\[\\d+]\\.priority");
  private static final Pattern LEVEL_REFS =
      Pattern.compile(
          "slas\\[\\d+]\\.escalation\\[\\d+]\\.level|escalation\\.emergencies\\[\\d+]\\.start_at");
  private static final Pattern METRIC_PRIORITY =
      Pattern.compile("slas\\[\\d+]\\.metrics\\.[^.\\[]+\\.([^.\\[]+)");
  private static final Pattern SERVICE_ID = Pattern.compile("services\\[\\d+]\\.id");

  private CrossReferences() {}

  static void check(SourceMap map, YamlProblems problems) {
    Names calendars =
        new Names(
            "calendar", "calendars", map.keys("calendars"), map.find("calendars").isPresent());
    Names priorities =
        new Names(
            "priority", "priorities", map.keys("priorities"), map.find("priorities").isPresent());
    Names levels =
        new Names("escalation level", "escalation.levels", map.keys("escalation.levels"), true);
    Set<String> serviceIds = new LinkedHashSet<>();
    map.texts().stream()
        .filter(t -> SERVICE_ID.matcher(t.path()).matches())
        .forEach(t -> serviceIds.add(t.text().strip()));
    Names services = new Names("service", "services", serviceIds, map.find("services").isPresent());
    for (SourceMap.Text t : map.texts()) {
      String path = t.path();
      if (CALENDAR_REFS.matcher(path).matches()) {
        calendars.check(t.text(), path, t.location(), problems);
      } else if (SERVICE_REFS.matcher(path).matches()) {
        services.check(t.text(), path, t.location(), problems);
      } else if (PRIORITY_REFS.matcher(path).matches()) {
        priorities.check(t.text(), path, t.location(), problems);
      } else if (LEVEL_REFS.matcher(path).matches()) {
        levels.check(t.text(), path, t.location(), problems);
      }
    }
    for (String path : map.paths()) {
      var m = METRIC_PRIORITY.matcher(path);
      if (m.matches()) {
        priorities.check(m.group(1), path, map.locate(path), problems);
      }
    }
    oneTicketSlaPerService(map, problems);
  }

  /**
   * A ticket is measured by the SLA whose metrics cover its service (SLA semantics §2), so two SLAs
   * with ticket targets must not share a service.
   */
  private static void oneTicketSlaPerService(SourceMap map, YamlProblems problems) {
    Map<String, String> measuredBy = new HashMap<>();
    for (int i = 0; map.find("slas[" + i + "]").isPresent(); i++) {
      String sla = "slas[" + i + "]";
      if (map.keys(sla + ".metrics").isEmpty()) {
        continue;
      }
      String id =
          map.texts().stream()
              .filter(t -> t.path().equals(sla + ".id"))
              .map(t -> t.text().strip())
              .findFirst()
              .orElse(sla);
      for (SourceMap.Text service : map.texts()) {
        if (service.path().startsWith(sla + ".services[")) {
          String first = measuredBy.putIfAbsent(service.text().strip(), id);
          if (first != null && !first.equals(id)) {
            problems.add(
                mark(service.location()),
                "service "
                    + YamlNodes.quote(service.text().strip())
                    + " has ticket targets in both SLA "
                    + YamlNodes.quote(first)
                    + " and SLA "
                    + YamlNodes.quote(id)
                    + "; a ticket must be measured by one SLA");
          }
        }
      }
    }
  }

  private record Names(String kind, String section, Set<String> defined, boolean sectionPresent) {

    void check(String name, String path, SourceLocation at, YamlProblems problems) {
      String value = name.strip();
      if (!sectionPresent || value.isEmpty() || defined.contains(value)) {
        return;
      }
      String known =
          defined.isEmpty() ? section + " defines none" : "defined: " + String.join(", ", defined);
      problems.add(
          mark(at),
          path
              + " names the "
              + kind
              + " "
              + YamlNodes.quote(value)
              + ", which "
              + section
              + " does not define ("
              + known
              + ")");
    }
  }

  private static Mark mark(SourceLocation at) {
    return new Mark(
        at.source(), 0, Math.max(at.line() - 1, 0), Math.max(at.column() - 1, 0), new int[0], 0);
  }
}
