package org.accordo.app.reviews;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The review pack's figures read from the months' statement JSON (docs/period-close.md, "Output"):
 * nothing is recomputed, so the pack says what the statements say.
 */
final class PackFigures {

  private PackFigures() {}

  /**
   * Per SLA, metric and priority in the statements' order: met, breached, share per month; a row
   * with no clock stopped in any month is left out.
   */
  static List<ReviewPack.Compliance> compliance(List<JsonNode> statements) {
    Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      for (JsonNode row : statements.get(i).path("compliance")) {
        String key =
            row.path("sla").asString()
                + "\u0000"
                + row.path("metric").asString()
                + "\u0000"
                + row.path("priority").asString();
        List<JsonNode> perMonth =
            rows.computeIfAbsent(
                key, k -> new ArrayList<>(java.util.Collections.nCopies(statements.size(), null)));
        perMonth.set(i, row);
      }
    }
    List<ReviewPack.Compliance> result = new ArrayList<>();
    for (List<JsonNode> perMonth : rows.values()) {
      JsonNode any = perMonth.stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
      int met = 0;
      int breached = 0;
      List<BigDecimal> shares = new ArrayList<>();
      for (JsonNode row : perMonth) {
        met += row == null ? 0 : row.path("met").asInt();
        breached += row == null ? 0 : row.path("breached").asInt();
        shares.add(share(row));
      }
      if (met + breached == 0) {
        continue;
      }
      result.add(
          new ReviewPack.Compliance(
              any.path("sla").asString(),
              any.path("metric").asString(),
              any.path("priority").asString(),
              met,
              breached,
              shares,
              trend(shares)));
    }
    return result;
  }

  /** The breaches of all the months, by metric and priority, most first. */
  static List<ReviewPack.Breaches> breaches(List<JsonNode> statements) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (JsonNode statement : statements) {
      for (JsonNode clock : statement.path("breaches")) {
        counts
            .computeIfAbsent(
                clock.path("metric").asString() + "\u0000" + clock.path("priority").asString(),
                k -> new int[1])[0]++;
      }
    }
    return counts.entrySet().stream()
        .map(
            e -> {
              String[] key = e.getKey().split("\u0000", 2);
              return new ReviewPack.Breaches(key[0], key[1], e.getValue()[0]);
            })
        .sorted(java.util.Comparator.comparingInt(ReviewPack.Breaches::count).reversed())
        .toList();
  }

  /** The outages counted as downtime, by cause, most first. */
  static List<ReviewPack.Downtime> downtime(List<JsonNode> statements) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (JsonNode statement : statements) {
      for (JsonNode service : statement.path("availability")) {
        for (JsonNode outage : service.path("downtime_outages")) {
          counts.computeIfAbsent(outage.path("cause").asString(), k -> new int[1])[0]++;
        }
      }
    }
    return counts.entrySet().stream()
        .map(e -> new ReviewPack.Downtime(e.getKey(), e.getValue()[0]))
        .sorted(java.util.Comparator.comparingInt(ReviewPack.Downtime::outages).reversed())
        .toList();
  }

  static List<ReviewPack.Availability> availability(
      List<YearMonth> months, List<JsonNode> statements) {
    List<ReviewPack.Availability> rows = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      for (JsonNode a : statements.get(i).path("availability")) {
        BigDecimal downtime = a.path("downtime_seconds").decimalValue();
        BigDecimal budget = a.path("budget_seconds").decimalValue();
        rows.add(
            new ReviewPack.Availability(
                months.get(i),
                a.path("service").asString(),
                a.path("availability").decimalValue(),
                downtime,
                budget,
                budget.signum() == 0 ? null : downtime.divide(budget, 4, RoundingMode.HALF_EVEN)));
      }
    }
    return rows;
  }

  static List<ReviewPack.Credits> credits(List<YearMonth> months, List<JsonNode> statements) {
    List<ReviewPack.Credits> rows = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      JsonNode credits = statements.get(i).path("credits");
      if (credits.isObject()) {
        rows.add(
            new ReviewPack.Credits(
                months.get(i),
                credits.path("currency").asString(),
                credits.path("total").asString(),
                credits.path("applied_as").isString()
                    ? credits.path("applied_as").asString()
                    : null));
      }
    }
    return rows;
  }

  private static BigDecimal share(JsonNode row) {
    if (row == null || !row.path("share_met").isNumber()) {
      return null;
    }
    return row.path("share_met").decimalValue();
  }

  /**
   * Last share minus first share, in percentage points to one decimal; null with fewer than two.
   */
  private static BigDecimal trend(List<BigDecimal> shares) {
    List<BigDecimal> known = shares.stream().filter(java.util.Objects::nonNull).toList();
    if (known.size() < 2) {
      return null;
    }
    return known
        .get(known.size() - 1)
        .subtract(known.get(0))
        .multiply(BigDecimal.valueOf(100), MathContext.DECIMAL64)
        .setScale(1, RoundingMode.HALF_EVEN);
  }
}
