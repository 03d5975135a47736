package org.accordo.core.availability;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an SLA's {@code availability:} block:
 *
 * <pre>
 * availability:
 *   target: 99.9%
 *   calendar: always
 *   period: month                  # optional, the only period for now
 *   maintenance:                   # optional
 *     window: { days: [sun], hours: "02:00-04:00", timezone: Europe/Rome }   # or windows: [ ... ]
 *     notice: P5D                  # optional
 * </pre>
 *
 * Whether {@code calendar} names a calendar of the contract is the contract loader's check.
 */
public final class AvailabilityYaml {

  private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");
  private static final Set<String> KEYS = Set.of("target", "calendar", "period", "maintenance");
  private static final Set<String> MAINTENANCE_KEYS = Set.of("window", "windows", "notice");
  private static final Set<String> WINDOW_KEYS = Set.of("days", "hours", "timezone");

  private record Hours(LocalTime start, LocalTime end) {}

  private AvailabilityYaml() {}

  /**
   * The availability promise in {@code node}, or empty when it has problems, each reported.
   *
   * @param what the block's place in messages, e.g. {@code slas[1].availability}
   */
  public static Optional<AvailabilityPolicy> parse(Node node, YamlProblems problems, String what) {
    int before = problems.all().size();
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, KEYS);
    YamlNodes.require(entries, node, problems, what, "target", "calendar");
    Optional<BigDecimal> target =
        optional(entries.get("target"), n -> YamlNodes.percent(n, problems, what + ".target"));
    Optional<String> calendar =
        optional(entries.get("calendar"), n -> YamlNodes.string(n, problems, what + ".calendar"));
    if (target.isPresent() && target.get().signum() == 0) {
      problems.add(entries.get("target"), what + ".target must be above 0%");
    }
    AvailabilityPeriod period = AvailabilityPeriod.MONTH;
    if (entries.containsKey("period")) {
      YamlNodes.string(entries.get("period"), problems, what + ".period")
          .filter(p -> !p.equals(AvailabilityPeriod.MONTH.id()))
          .ifPresent(
              p ->
                  problems.add(
                      entries.get("period"),
                      what + ".period " + YamlNodes.quote(p) + " is not supported; write month"));
    }
    MaintenancePolicy maintenance =
        entries.containsKey("maintenance")
            ? maintenance(entries.get("maintenance"), problems, what + ".maintenance")
            : MaintenancePolicy.none();
    if (problems.all().size() > before || target.isEmpty() || calendar.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AvailabilityPolicy(target.get(), calendar.get(), period, maintenance));
  }

  private static MaintenancePolicy maintenance(Node node, YamlProblems problems, String what) {
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, MAINTENANCE_KEYS);
    List<MaintenanceWindow> windows = new ArrayList<>();
    if (entries.containsKey("window") && entries.containsKey("windows")) {
      problems.add(node, what + " has both 'window' and 'windows'; write one");
    }
    if (entries.containsKey("window")) {
      window(entries.get("window"), problems, what + ".window").ifPresent(windows::add);
    }
    if (entries.containsKey("windows")) {
      List<Node> items = YamlNodes.sequence(entries.get("windows"), problems, what + ".windows");
      for (int i = 0; i < items.size(); i++) {
        window(items.get(i), problems, what + ".windows[" + i + "]").ifPresent(windows::add);
      }
    }
    if (!entries.containsKey("window") && !entries.containsKey("windows") && node != null) {
      problems.add(node, what + " needs 'window' or 'windows'");
    }
    Duration notice =
        Optional.ofNullable(entries.get("notice"))
            .flatMap(n -> YamlNodes.duration(n, problems, what + ".notice"))
            .orElse(Duration.ZERO);
    return new MaintenancePolicy(windows, notice);
  }

  private static Optional<MaintenanceWindow> window(Node node, YamlProblems problems, String what) {
    int before = problems.all().size();
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, WINDOW_KEYS);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.require(entries, node, problems, what, "days", "hours", "timezone");
    Set<DayOfWeek> days =
        entries.containsKey("days")
            ? days(entries.get("days"), problems, what + ".days")
            : Set.of();
    Optional<Hours> hours =
        optional(entries.get("hours"), n -> hours(n, problems, what + ".hours"));
    Optional<ZoneId> zone =
        optional(entries.get("timezone"), n -> zone(n, problems, what + ".timezone"));
    if (problems.all().size() > before || days.isEmpty() || hours.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MaintenanceWindow(days, hours.get().start(), hours.get().end(), zone.get()));
  }

  private static Set<DayOfWeek> days(Node node, YamlProblems problems, String what) {
    List<Node> items =
        node instanceof SequenceNode ? YamlNodes.sequence(node, problems, what) : List.of(node);
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < items.size(); i++) {
      String where = node instanceof SequenceNode ? what + "[" + i + "]" : what;
      Node item = items.get(i);
      YamlNodes.string(item, problems, where)
          .ifPresent(
              text ->
                  addDays(
                      text,
                      days,
                      () ->
                          problems.add(
                              item,
                              where
                                  + " "
                                  + YamlNodes.quote(text)
                                  + " is not a weekday or a range such as mon-fri")));
    }
    if (items.isEmpty()) {
      problems.add(node, what + " must name at least one day");
    }
    return days;
  }

  private static void addDays(String text, Set<DayOfWeek> days, Runnable reportNotADay) {
    String[] ends = text.split("-", -1);
    Optional<DayOfWeek> from = day(ends[0]);
    Optional<DayOfWeek> to = ends.length == 2 ? day(ends[1]) : from;
    if (ends.length > 2 || from.isEmpty() || to.isEmpty()) {
      reportNotADay.run();
      return;
    }
    for (DayOfWeek d = from.get(); ; d = d.plus(1)) {
      days.add(d);
      if (d == to.get()) {
        return;
      }
    }
  }

  private static Optional<DayOfWeek> day(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.name().toLowerCase(Locale.ROOT);
      if (t.equals(name) || t.equals(name.substring(0, 3))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<Hours> hours(Node node, YamlProblems problems, String what) {
    return YamlNodes.string(node, problems, what)
        .flatMap(
            text -> {
              Matcher m = HOURS.matcher(text);
              Optional<LocalTime> start = m.matches() ? time(m.group(1), false) : Optional.empty();
              Optional<LocalTime> end = m.matches() ? time(m.group(2), true) : Optional.empty();
              if (start.isEmpty() || end.isEmpty()) {
                problems.add(
                    node,
                    what
                        + " "
                        + YamlNodes.quote(text)
                        + " is not a time range; write e.g. \"02:00-04:00\"");
                return Optional.empty();
              }
              if (start.get().equals(end.get()) && !m.group(2).equals("24:00")) {
                problems.add(
                    node,
                    what
                        + " "
                        + YamlNodes.quote(text)
                        + " is empty; write 00:00-24:00 for a whole day");
                return Optional.empty();
              }
              return Optional.of(new Hours(start.get(), end.get()));
            });
  }

  private static Optional<LocalTime> time(String text, boolean mayBeMidnightEnd) {
    if (mayBeMidnightEnd && text.equals("24:00")) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    try {
      return Optional.of(LocalTime.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneId> zone(Node node, YamlProblems problems, String what) {
    return YamlNodes.string(node, problems, what)
        .flatMap(
            text -> {
              try {
                return Optional.of(ZoneId.of(text));
              } catch (DateTimeException e) {
                problems.add(
                    node,
                    what
                        + " "
                        + YamlNodes.quote(text)
                        + " is not a time zone; write an IANA id such as Europe/Rome");
                return Optional.empty();
              }
            });
  }

  private static <T> Optional<T> optional(
      Node node, java.util.function.Function<Node, Optional<T>> read) {
    return node == null ? Optional.empty() : read.apply(node);
  }
}
