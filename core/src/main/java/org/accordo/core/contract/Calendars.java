package org.accordo.core.contract;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.CalendarYaml;
import org.accordo.core.calendar.OpeningHours;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code calendars:} section, and tells calendars that never close. */
public final class Calendars {

  private Calendars() {}

  static Map<String, BusinessCalendar> read(Optional<Node> node, YamlProblems problems) {
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    node.ifPresent(
        n -> {
          Map<String, Node> entries = YamlNodes.mapping(n, problems, "calendars", Set.of());
          if (entries.isEmpty() && n instanceof MappingNode) {
            problems.add(n, "calendars must define at least one calendar");
          }
          entries.forEach(
              (name, value) ->
                  CalendarYaml.parse(value, problems, "calendars." + name)
                      .ifPresent(c -> calendars.put(name, c)));
        });
    return Collections.unmodifiableMap(calendars);
  }

  /**
   * True when {@code calendar} is open around the clock: {@code 00:00-24:00} on every weekday, with
   * no holidays, closed dates or exception days.
   */
  public static boolean isAlwaysOpen(BusinessCalendar calendar) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (!calendar
          .weeklyHours()
          .getOrDefault(day, List.of())
          .equals(List.of(OpeningHours.ALL_DAY))) {
        return false;
      }
    }
    return calendar.holidays().isEmpty()
        && calendar.closedDates().isEmpty()
        && calendar.exceptions().isEmpty();
  }
}
