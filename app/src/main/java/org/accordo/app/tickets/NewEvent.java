package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.web.Require;
import org.accordo.core.clock.EventType;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;

/**
 * The body of {@code POST /api/v1/tickets/{id}/events}. Each type takes its own fields and no
 * others (SLA semantics §2); {@code at} is optional (default: the server's now) and needs an
 * offset. Checks that need the ticket or the clock (before creation, too far in the future) are the
 * service's.
 */
public record NewEvent(
    String type,
    String at,
    String priority,
    String status,
    @JsonProperty("public") Boolean isPublic,
    String from,
    String to,
    String reason,
    List<String> metrics) {

  /**
   * The fields of each type besides {@code type} and {@code at}; all required but {@code metrics}.
   */
  private static final Map<EventType, Set<String>> FIELDS =
      Map.of(
          EventType.PRIORITY_CHANGED, Set.of("priority"),
          EventType.STATUS_CHANGED, Set.of("status"),
          EventType.AGENT_REPLIED, Set.of("public"),
          EventType.CUSTOMER_REPLIED, Set.of(),
          EventType.PLAN_PROVIDED, Set.of(),
          EventType.EXCLUDED, Set.of("from", "to", "reason", "metrics"),
          EventType.CANCELLED, Set.of());

  private static final Set<String> OPTIONAL = Set.of("metrics");

  public NewEvent {
    EventType kind = kind(type);
    Require.optionalInstant(at, "at");
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("priority", priority);
    given.put("status", status);
    given.put("public", isPublic);
    given.put("from", from);
    given.put("to", to);
    given.put("reason", reason);
    given.put("metrics", metrics);
    Set<String> fields = FIELDS.get(kind);
    given.forEach(
        (field, value) -> {
          if (value != null && !fields.contains(field)) {
            throw new InvalidField(field, "does not belong to a " + type + " event");
          }
          if (value == null && fields.contains(field) && !OPTIONAL.contains(field)) {
            throw new InvalidField(field, "is required for a " + type + " event");
          }
        });
    if (priority != null) {
      TicketValues.priority(priority, "priority");
    }
    if (status != null) {
      TicketValues.status(status, "status");
    }
    if (kind == EventType.EXCLUDED) {
      reason = Require.text(reason, "reason", 1000);
      checkInterval(from, to);
      checkMetrics(metrics);
    }
  }

  private static EventType kind(String type) {
    Require.present(type, "type");
    EventType kind =
        EventType.fromId(type)
            .orElseThrow(
                () ->
                    new InvalidField(
                        "type",
                        "'"
                            + TicketValues.printable(type)
                            + "' is not an event type; use one of "
                            + EventType.ids()));
    if (kind == EventType.CREATED) {
      throw new InvalidField(
          "type",
          "a ticket's created event is recorded by creating the ticket (POST /api/v1/tickets)");
    }
    return kind;
  }

  private static void checkInterval(String from, String to) {
    if (!Require.instant(from, "from").isBefore(Require.instant(to, "to"))) {
      throw new InvalidField("to", "must be after from");
    }
  }

  private static void checkMetrics(List<String> metrics) {
    if (metrics == null) {
      return;
    }
    if (metrics.isEmpty()) {
      throw new InvalidField(
          "metrics", "must name at least one metric, or be left out to mean all");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < metrics.size(); i++) {
      String id = metrics.get(i);
      String field = "metrics[" + i + "]";
      if (id == null || Metric.fromId(id).isEmpty()) {
        throw new InvalidField(
            field,
            "is not a metric; use first_response, resolution_plan, next_reply, periodic_update or resolution");
      }
      if (!seen.add(id)) {
        throw new InvalidField(field, "names " + id + " twice");
      }
    }
  }

  EventType eventType() {
    return EventType.fromId(type).orElseThrow();
  }

  /** {@code at}, or null when the server's now applies. */
  Instant atInstant() {
    return Require.optionalInstant(at, "at");
  }

  Instant fromInstant() {
    return Require.optionalInstant(from, "from");
  }

  Instant toInstant() {
    return Require.optionalInstant(to, "to");
  }

  TicketStatus statusValue() {
    return status == null ? null : TicketValues.status(status, "status");
  }

  List<Metric> metricList() {
    List<Metric> list = new ArrayList<>();
    if (metrics != null) {
      metrics.forEach(m -> list.add(Metric.fromId(m).orElseThrow()));
    }
    return list;
  }
}
