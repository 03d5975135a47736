package org.accordo.core.calendar;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.yaml.InvalidYaml;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a calendar written in YAML, the shape of one entry under a contract's {@code calendars:}:
 *
 * <pre>
 * timezone: Europe/Rome
 * hours:
 *   mon-fri: ["09:00-13:00", "14:00-18:00"]
 *   sat: ["09:00-12:00"]
 * holidays: { country: IT, subdivision: "32", dates: [2026-08-14] }
 * exceptions:
 *   2026-12-24: ["09:00-13:00"]
 *   2026-12-31: []          # closed all day
 * </pre>
 *
 * or the scalar {@code 24x7}. Day keys are {@code mon} to {@code sun}, ranges such as {@code
 * mon-fri} and comma lists such as {@code mon-wed, fri}; a day may appear once. Every problem is
 * reported with its line and column.
 */
public final class CalendarYaml {

  /** The name of the built-in always-open calendar. */
  public static final String TWENTY_FOUR_SEVEN = "24x7";

  private static final Set<String> CALENDAR_KEYS =
      Set.of("timezone", "hours", "holidays", "exceptions");
  private static final Set<String> HOLIDAY_KEYS = Set.of("country", "subdivision", "dates");

  private CalendarYaml() {}

  /**
   * Reads one calendar entry value: a mapping as above, or the scalar {@code 24x7}.
   *
   * @param node the entry's value node; not null
   * @param problems where problems are reported, each at its place
   * @param what the entry's name in messages, e.g. {@code "calendars.office"}
   * @return the calendar, or empty when a problem made it unusable (the problems say why)
   */
  public static Optional<BusinessCalendar> parse(Node node, YamlProblems problems, String what) {
    if (node instanceof ScalarNode scalar) {
      if (scalar.getValue().strip().equals(TWENTY_FOUR_SEVEN)) {
        return Optional.of(BusinessCalendar.twentyFourSeven());
      }
      problems.add(
          node,
          what
              + " must be '24x7' or a mapping with timezone and hours, was "
              + YamlNodes.quote(scalar.getValue()));
      return Optional.empty();
    }
    int before = problems.all().size();
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, CALENDAR_KEYS);
    if (!(node instanceof MappingNode)) {
      return Optional.empty();
    }
    YamlNodes.require(entries, node, problems, what, "timezone", "hours");
    Optional<ZoneId> zone =
        Optional.ofNullable(entries.get("timezone"))
            .flatMap(n -> zone(n, problems, what + ".timezone"));
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone.orElse(ZoneOffset.UTC));
    Optional.ofNullable(entries.get("hours"))
        .ifPresent(n -> readHours(n, problems, what + ".hours", builder));
    Optional.ofNullable(entries.get("holidays"))
        .ifPresent(n -> readHolidays(n, problems, what + ".holidays", builder));
    Optional.ofNullable(entries.get("exceptions"))
        .ifPresent(n -> readExceptions(n, problems, what + ".exceptions", builder));
    if (problems.all().size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.build());
    } catch (IllegalArgumentException e) {
      problems.add(node, what + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Loads the calendar of a file: a calendar document, or a contract whose {@code calendars:}
   * mapping holds the calendar called {@code name} (which may be left out when there is only one).
   *
   * @throws InvalidYaml with every problem, each at its line and column
   * @throws IllegalArgumentException if the file cannot be read, or {@code name} is missing,
   *     unknown, or given for a calendar document
   */
  public static BusinessCalendar load(Path file, Optional<String> name) {
    YamlProblems problems = new YamlProblems(file.toString());
    Node root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = YamlNodes.compose(reader, problems).orElse(null);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read calendar file " + file + ": " + e.getMessage(), e);
    }
    problems.throwIfAny();
    Optional<BusinessCalendar> calendar =
        isContract(root)
            ? fromContract(root, name, problems, file)
            : fromDocument(root, name, problems, file);
    problems.throwIfAny();
    return calendar.orElseThrow();
  }

  private static boolean isContract(Node root) {
    return root instanceof MappingNode mapping
        && mapping.getValue().stream()
            .anyMatch(
                t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("calendars"));
  }

  private static Optional<BusinessCalendar> fromDocument(
      Node root, Optional<String> name, YamlProblems problems, Path file) {
    if (name.isPresent()) {
      throw new IllegalArgumentException(
          file
              + " is a single calendar, not a contract with calendars: leave out the name "
              + YamlNodes.quote(name.get()));
    }
    return parse(root, problems, "calendar");
  }

  private static Optional<BusinessCalendar> fromContract(
      Node root, Optional<String> name, YamlProblems problems, Path file) {
    Map<String, Node> top = YamlNodes.mapping(root, problems, "contract", Set.of());
    Map<String, Node> calendars =
        YamlNodes.mapping(top.get("calendars"), problems, "calendars", Set.of());
    problems.throwIfAny();
    String chosen =
        name.orElseGet(
            () -> {
              if (calendars.size() != 1) {
                throw new IllegalArgumentException(
                    file + " has the calendars " + calendars.keySet() + ": choose one by name");
              }
              return calendars.keySet().iterator().next();
            });
    Node entry = calendars.get(chosen);
    if (entry == null) {
      throw new IllegalArgumentException(
          file + " has no calendar " + YamlNodes.quote(chosen) + "; it has " + calendars.keySet());
    }
    return parse(entry, problems, "calendars." + chosen);
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
                        + " is not a time zone; write an IANA name such as Europe/Rome");
                return Optional.empty();
              }
            });
  }

  private static void readHours(
      Node node, YamlProblems problems, String what, BusinessCalendar.Builder builder) {
    if (!(node instanceof MappingNode mapping)) {
      YamlNodes.mapping(node, problems, what, Set.of());
      return;
    }
    Map<DayOfWeek, List<OpeningHours>> byDay = new EnumMap<>(DayOfWeek.class);
    for (var tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      Optional<List<DayOfWeek>> days = WeekDays.parse(key);
      if (days.isEmpty()) {
        problems.add(
            tuple.getKeyNode(),
            what
                + " has "
                + YamlNodes.quote(key)
                + ", not days; write e.g. mon-fri, sat or mon-wed, fri");
        continue;
      }
      List<OpeningHours> hours = hoursList(tuple.getValueNode(), problems, what + "." + key);
      for (DayOfWeek day : days.get()) {
        if (byDay.containsKey(day)) {
          problems.add(tuple.getKeyNode(), what + " gives " + WeekDays.name(day) + " twice");
        } else if (requireDisjoint(hours, tuple.getValueNode(), problems, what + "." + key)) {
          byDay.put(day, hours);
        }
      }
    }
    byDay.forEach(builder::hours);
  }

  private static void readHolidays(
      Node node, YamlProblems problems, String what, BusinessCalendar.Builder builder) {
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, HOLIDAY_KEYS);
    Optional<String> country =
        Optional.ofNullable(entries.get("country"))
            .flatMap(n -> YamlNodes.string(n, problems, what + ".country"));
    Optional<String> subdivision =
        Optional.ofNullable(entries.get("subdivision"))
            .flatMap(n -> YamlNodes.string(n, problems, what + ".subdivision"));
    if (entries.containsKey("subdivision") && !entries.containsKey("country")) {
      problems.add(entries.get("subdivision"), what + ".subdivision needs a country");
    }
    country.ifPresent(
        c -> {
          try {
            builder.holidays(new HolidayRegion(c, subdivision));
          } catch (IllegalArgumentException e) {
            problems.add(
                entries.get(subdivision.isPresent() ? "subdivision" : "country"),
                what + ": " + e.getMessage());
          }
        });
    if (entries.containsKey("dates")) {
      List<Node> dates = YamlNodes.sequence(entries.get("dates"), problems, what + ".dates");
      for (int i = 0; i < dates.size(); i++) {
        YamlNodes.date(dates.get(i), problems, what + ".dates[" + i + "]")
            .ifPresent(builder::closed);
      }
    }
  }

  private static void readExceptions(
      Node node, YamlProblems problems, String what, BusinessCalendar.Builder builder) {
    if (!(node instanceof MappingNode mapping)) {
      YamlNodes.mapping(node, problems, what, Set.of());
      return;
    }
    Map<LocalDate, Node> seen = new HashMap<>();
    for (var tuple : mapping.getValue()) {
      Optional<LocalDate> date = YamlNodes.date(tuple.getKeyNode(), problems, what + " key");
      if (date.isEmpty()) {
        continue;
      }
      List<OpeningHours> hours = hoursList(tuple.getValueNode(), problems, what + "." + date.get());
      if (seen.putIfAbsent(date.get(), tuple.getKeyNode()) != null) {
        problems.add(tuple.getKeyNode(), what + " gives " + date.get() + " twice");
      } else if (requireDisjoint(hours, tuple.getValueNode(), problems, what + "." + date.get())) {
        builder.exception(date.get(), hours);
      }
    }
  }

  /** A list of ranges ({@code ["09:00-13:00"]}, {@code []} for closed) or one range as a scalar. */
  private static List<OpeningHours> hoursList(Node node, YamlProblems problems, String what) {
    List<Node> items =
        node instanceof SequenceNode ? YamlNodes.sequence(node, problems, what) : List.of(node);
    List<OpeningHours> hours = new ArrayList<>();
    for (Node item : items) {
      YamlNodes.string(item, problems, what)
          .ifPresent(
              text -> {
                try {
                  hours.add(OpeningHours.parse(text));
                } catch (IllegalArgumentException e) {
                  problems.add(item, what + ": " + e.getMessage());
                }
              });
    }
    return hours;
  }

  private static boolean requireDisjoint(
      List<OpeningHours> hours, Node node, YamlProblems problems, String what) {
    List<OpeningHours> sorted = hours.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        problems.add(
            node, what + ": hours " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
        return false;
      }
    }
    return true;
  }
}
