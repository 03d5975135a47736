package org.accordo.app.eventcodec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accordo.app.refusal.Excerpt;
import org.accordo.core.SupportedYears;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.Exclusion;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;

/**
 * The one mapping between ticket events as written and {@code core}'s {@link TicketEvent}, used by
 * the API (a request's body), the command line (a line of a JSON Lines file) and the database (a
 * {@code ticket_event} row). Each caller reads its own format into {@link EventFields} and reports
 * a problem in its own frame through {@link Problems}: the API names the field, a file names the
 * line (and the event), so the messages are as precise as each format allows.
 *
 * <p>Rules (SLA semantics §2): each type carries its own fields and no others ({@link #FIELDS});
 * all are required but {@code metrics}; instants are ISO-8601 with an offset; an exclusion ends
 * after it starts and names each metric at most once (none: all of them).
 */
public final class EventCodec {

  /** How a caller reports a problem with a field: a refusal naming it, or a line of a file. */
  @FunctionalInterface
  public interface Problems {

    /**
     * @param field the field as written, e.g. {@code status} or {@code metrics[1]}
     * @param message what is wrong, without the field's name
     * @return the exception to throw
     */
    RuntimeException at(String field, String message);
  }

  /** The payload fields of each type, in the order they are checked. */
  public static final Map<EventType, Set<String>> FIELDS = fields();

  private static final List<String> PAYLOAD =
      List.of("priority", "status", "public", "from", "to", "reason", "metrics");
  private static final Set<String> OPTIONAL = Set.of("metrics");

  private EventCodec() {}

  /**
   * The type with this id.
   *
   * @throws RuntimeException from {@code problems} at {@code type} when it is missing or unknown
   */
  public static EventType type(String id, Problems problems) {
    if (id == null) {
      throw problems.at("type", "is required");
    }
    return EventType.fromId(id)
        .orElseThrow(
            () ->
                problems.at(
                    "type", "unknown type '" + printable(id) + "'; use one of " + EventType.ids()));
  }

  /**
   * Checks the payload of an event of {@code type} and gives it typed.
   *
   * @throws RuntimeException from {@code problems} at the first field that breaks a rule
   */
  public static EventPayload payload(EventType type, EventFields f, Problems problems) {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("priority", f.priority());
    given.put("status", f.status());
    given.put("public", f.isPublic());
    given.put("from", f.from());
    given.put("to", f.to());
    given.put("reason", f.reason());
    given.put("metrics", f.metrics());
    Set<String> carried = FIELDS.get(type);
    for (String field : PAYLOAD) {
      Object value = given.get(field);
      if (value != null && !carried.contains(field)) {
        throw problems.at(field, "does not belong to " + withArticle(type) + " event");
      }
      if (value == null && carried.contains(field) && !OPTIONAL.contains(field)) {
        throw problems.at(field, "is required for " + withArticle(type) + " event");
      }
    }
    Instant from = f.from() == null ? null : instant(f.from(), "from", problems);
    Instant to = f.to() == null ? null : instant(f.to(), "to", problems);
    if (from != null && !to.isAfter(from)) {
      throw problems.at("to", "must be after from (" + from + "), was " + to);
    }
    return new EventPayload(
        f.priority(),
        f.status() == null ? null : status(f.status(), problems),
        f.isPublic(),
        from,
        to,
        f.reason(),
        f.metrics() == null ? List.of() : metrics(f.metrics(), problems));
  }

  /** The event in {@code core}'s terms, as the clock engine folds it. */
  public static TicketEvent toCore(
      String ticket, String id, EventType type, Instant at, EventPayload p) {
    return switch (type) {
      case CREATED -> TicketEvent.created(ticket, id, at, p.priority());
      case PRIORITY_CHANGED -> TicketEvent.priorityChanged(ticket, id, at, p.priority());
      case STATUS_CHANGED -> TicketEvent.statusChanged(ticket, id, at, p.status());
      case AGENT_REPLIED -> TicketEvent.agentReplied(ticket, id, at, p.visibility());
      case EXCLUDED ->
          TicketEvent.excluded(
              ticket,
              id,
              at,
              new Exclusion(
                  p.from(),
                  p.to(),
                  p.reason(),
                  p.metrics().isEmpty() ? Set.of() : EnumSet.copyOf(p.metrics())));
      case CUSTOMER_REPLIED, PLAN_PROVIDED, CANCELLED -> TicketEvent.of(ticket, id, type, at);
    };
  }

  /**
   * The status with this id.
   *
   * @throws RuntimeException from {@code problems} at {@code status} when it is unknown
   */
  public static TicketStatus status(String id, Problems problems) {
    return TicketStatus.fromId(id)
        .orElseThrow(
            () ->
                problems.at(
                    "status",
                    "unknown status '"
                        + printable(id)
                        + "'; use one of "
                        + Arrays.stream(TicketStatus.values()).map(TicketStatus::id).toList()));
  }

  /**
   * Metric ids, each named once; a list given must not be empty (left out, it means all).
   *
   * @throws RuntimeException from {@code problems} at {@code metrics} or {@code metrics[i]}
   */
  public static List<Metric> metrics(List<String> ids, Problems problems) {
    if (ids.isEmpty()) {
      throw problems.at("metrics", "must name at least one metric, or be left out to mean all");
    }
    List<Metric> metrics = new ArrayList<>(ids.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String field = "metrics[" + i + "]";
      Metric metric = id == null ? null : Metric.fromId(id).orElse(null);
      if (metric == null) {
        throw problems.at(
            field,
            "unknown metric '"
                + (id == null ? "null" : printable(id))
                + "'; use one of "
                + Arrays.stream(Metric.values()).map(Metric::id).toList());
      }
      if (!seen.add(id)) {
        throw problems.at(field, "names " + id + " twice");
      }
      metrics.add(metric);
    }
    return metrics;
  }

  /**
   * An ISO-8601 instant with an offset: {@code 2026-02-02T09:00:00Z} read fast, any other offset
   * date-time otherwise; in the years 1583 to 9999 ({@link SupportedYears}).
   *
   * @throws RuntimeException from {@code problems} at {@code field} when it is not one
   */
  public static Instant instant(String text, String field, Problems problems) {
    Instant instant;
    try {
      instant =
          text.length() == 20 && text.charAt(19) == 'Z' && text.charAt(10) == 'T'
              ? compactUtc(text)
              : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      throw problems.at(
          field,
          "'"
              + printable(text)
              + "' is not an instant with an offset; write e.g. 2026-02-02T09:00:00Z");
    }
    if (!SupportedYears.contains(instant)) {
      throw problems.at(
          field, "'" + printable(text) + "' lies outside " + SupportedYears.describe());
    }
    return instant;
  }

  /** The metrics as a {@code ticket_event.metrics} column stores them: ids joined by commas. */
  public static String metricsColumn(List<Metric> metrics) {
    return metrics.isEmpty()
        ? null
        : metrics.stream().map(Metric::id).collect(Collectors.joining(","));
  }

  /** The metrics of a {@code ticket_event.metrics} column (null: none named, all of them). */
  public static List<Metric> metricsOfColumn(String column) {
    return column == null
        ? List.of()
        : Arrays.stream(column.split(",")).map(m -> Metric.fromId(m).orElseThrow()).toList();
  }

  /** A value as it may be quoted in a message: its {@link Excerpt}. */
  public static String printable(String value) {
    return Excerpt.of(value);
  }

  /** "a status_changed", "an excluded". */
  private static String withArticle(EventType type) {
    return ("aeiou".indexOf(type.id().charAt(0)) >= 0 ? "an " : "a ") + type.id();
  }

  private static Map<EventType, Set<String>> fields() {
    Map<EventType, Set<String>> fields = new LinkedHashMap<>();
    fields.put(EventType.CREATED, Set.of("priority"));
    fields.put(EventType.PRIORITY_CHANGED, Set.of("priority"));
    fields.put(EventType.STATUS_CHANGED, Set.of("status"));
    fields.put(EventType.AGENT_REPLIED, Set.of("public"));
    fields.put(EventType.CUSTOMER_REPLIED, Set.of());
    fields.put(EventType.PLAN_PROVIDED, Set.of());
    fields.put(EventType.EXCLUDED, Set.of("from", "to", "reason", "metrics"));
    fields.put(EventType.CANCELLED, Set.of());
    return Map.copyOf(fields);
  }

  private static Instant compactUtc(String t) {
    if (t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(13) != ':' || t.charAt(16) != ':') {
      throw new NumberFormatException(t);
    }
    int hour = digits(t, 11);
    int minute = digits(t, 14);
    int second = digits(t, 17);
    if (hour > 23 || minute > 59 || second > 59) {
      throw new NumberFormatException(t);
    }
    long day =
        LocalDate.of(digits(t, 0) * 100 + digits(t, 2), digits(t, 5), digits(t, 8)).toEpochDay();
    return Instant.ofEpochSecond(day * 86_400 + hour * 3600L + minute * 60L + second);
  }

  private static int digits(String t, int at) {
    char a = t.charAt(at);
    char b = t.charAt(at + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      throw new NumberFormatException(t);
    }
    return (a - '0') * 10 + (b - '0');
  }
}
