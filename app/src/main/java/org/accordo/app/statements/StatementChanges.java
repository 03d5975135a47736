package org.accordo.app.statements;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an amended statement changes from the version before, read from their two JSON documents:
 * the compliance rows whose counts moved, the breaches that appeared or went, the services whose
 * availability or downtime moved, and the credits' total with its difference. Each changed value is
 * given as {@code [before, after]}.
 */
final class StatementChanges {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StatementChanges() {}

  static ObjectNode between(JsonNode before, JsonNode after) {
    ObjectNode changes = JSON.createObjectNode();
    changes.set("compliance", compliance(before, after));
    changes.set("breaches_added", missingFrom(after.path("breaches"), before.path("breaches")));
    changes.set("breaches_removed", missingFrom(before.path("breaches"), after.path("breaches")));
    changes.set("availability", availability(before, after));
    changes.set("credits", credits(before.path("credits"), after.path("credits")));
    return changes;
  }

  private static ArrayNode compliance(JsonNode before, JsonNode after) {
    Map<String, JsonNode> old = byKey(before.path("compliance"), "sla", "metric", "priority");
    ArrayNode rows = JSON.createArrayNode();
    for (JsonNode row : after.path("compliance")) {
      JsonNode was = old.get(key(row, "sla", "metric", "priority"));
      if (was == null || !same(was, row, "met") || !same(was, row, "breached")) {
        ObjectNode changed = JSON.createObjectNode();
        changed.set("sla", row.path("sla"));
        changed.set("metric", row.path("metric"));
        changed.set("priority", row.path("priority"));
        changed.set("met", pair(was == null ? null : was.path("met"), row.path("met")));
        changed.set(
            "breached", pair(was == null ? null : was.path("breached"), row.path("breached")));
        rows.add(changed);
      }
    }
    return rows;
  }

  private static ArrayNode availability(JsonNode before, JsonNode after) {
    Map<String, JsonNode> old = byKey(before.path("availability"), "sla", "service");
    ArrayNode rows = JSON.createArrayNode();
    for (JsonNode row : after.path("availability")) {
      JsonNode was = old.get(key(row, "sla", "service"));
      if (was == null || !same(was, row, "availability") || !same(was, row, "downtime_seconds")) {
        ObjectNode changed = JSON.createObjectNode();
        changed.set("sla", row.path("sla"));
        changed.set("service", row.path("service"));
        changed.set(
            "availability",
            pair(was == null ? null : was.path("availability"), row.path("availability")));
        changed.set(
            "downtime_seconds",
            pair(was == null ? null : was.path("downtime_seconds"), row.path("downtime_seconds")));
        rows.add(changed);
      }
    }
    return rows;
  }

  private static ObjectNode credits(JsonNode before, JsonNode after) {
    ObjectNode credits = JSON.createObjectNode();
    BigDecimal was = total(before);
    BigDecimal now = total(after);
    credits.set("total", pair(before.path("total"), after.path("total")));
    credits.put("delta", now.subtract(was).toPlainString());
    credits.set(
        "currency",
        after.path("currency").isMissingNode() ? before.path("currency") : after.path("currency"));
    return credits;
  }

  private static BigDecimal total(JsonNode credits) {
    return credits.path("total").isString()
        ? new BigDecimal(credits.path("total").asString())
        : BigDecimal.ZERO;
  }

  /** The breaches of {@code these} that {@code those} lack, by ticket, metric and start. */
  private static ArrayNode missingFrom(JsonNode these, JsonNode those) {
    Map<String, JsonNode> other = byKey(those, "ticket", "metric", "started_at");
    ArrayNode missing = JSON.createArrayNode();
    for (JsonNode clock : these) {
      if (!other.containsKey(key(clock, "ticket", "metric", "started_at"))) {
        ObjectNode shown = JSON.createObjectNode();
        for (String field :
            new String[] {"ticket", "number", "subject", "metric", "priority", "breached_at"}) {
          shown.set(field, clock.path(field));
        }
        missing.add(shown);
      }
    }
    return missing;
  }

  private static Map<String, JsonNode> byKey(JsonNode rows, String... fields) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(key(row, fields), row));
    return map;
  }

  private static String key(JsonNode row, String... fields) {
    StringBuilder key = new StringBuilder();
    for (String field : fields) {
      key.append(row.path(field).asString()).append('\u0000');
    }
    return key.toString();
  }

  private static boolean same(JsonNode a, JsonNode b, String field) {
    return Objects.equals(a.path(field).asString(), b.path(field).asString());
  }

  private static ArrayNode pair(JsonNode before, JsonNode after) {
    ArrayNode pair = JSON.createArrayNode();
    pair.add(before == null || before.isMissingNode() ? JSON.nullNode() : before);
    pair.add(after == null || after.isMissingNode() ? JSON.nullNode() : after);
    return pair;
  }
}
