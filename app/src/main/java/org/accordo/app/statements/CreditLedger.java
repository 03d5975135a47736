package org.accordo.app.statements;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The credit lines a statement version writes, from its JSON's {@code credits}. The final version
 * writes one original line per credit line of the statement (the amount as the statement rounds it)
 * and, when the month's total differs from their sum, one adjustment (the cap, or the rounding of
 * the total once): so the month's lines add up to what it owes. An amendment never rewrites a line:
 * it adds, per rule and service, a correction of the difference between what the new version owes
 * and what the month's lines add up to so far (negative when it owes less).
 */
final class CreditLedger {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CreditLedger() {}

  /** One credit the version owes, before it is compared with the month's lines. */
  private record Owed(CreditLine.LineKey key, String percent, BigDecimal amount, String evidence) {}

  /**
   * The lines {@code statement} writes.
   *
   * @param statementJson its JSON
   * @param written the month's lines so far (none for the final version)
   */
  static List<CreditLine> lines(
      StoredStatement statement, JsonNode statementJson, List<CreditLine> written, Instant now) {
    JsonNode credits = statementJson.path("credits");
    List<Owed> owed = owed(credits);
    String currency =
        credits.isObject()
            ? credits.path("currency").asString()
            : written.isEmpty() ? null : written.get(0).currency();
    List<CreditLine> lines = new ArrayList<>();
    if (written.isEmpty()) {
      for (Owed o : owed) {
        lines.add(line(statement, lines.size() + 1, CreditLine.Entry.ORIGINAL, o, currency, now));
      }
      return lines;
    }
    Map<CreditLine.LineKey, BigDecimal> booked = new LinkedHashMap<>();
    written.forEach(l -> booked.merge(l.lineKey(), l.amount(), BigDecimal::add));
    Map<CreditLine.LineKey, Owed> current = new LinkedHashMap<>();
    owed.forEach(o -> current.put(o.key(), o));
    booked.keySet().forEach(k -> current.putIfAbsent(k, new Owed(k, null, BigDecimal.ZERO, "{}")));
    for (Owed o : current.values()) {
      BigDecimal was = booked.getOrDefault(o.key(), BigDecimal.ZERO);
      BigDecimal delta = o.amount().subtract(was);
      if (delta.signum() != 0) {
        lines.add(
            line(
                statement,
                lines.size() + 1,
                CreditLine.Entry.CORRECTION,
                correction(o, was, delta),
                currency,
                now));
      }
    }
    return lines;
  }

  /** What the version owes: its lines, and the adjustment that makes them add up to its total. */
  private static List<Owed> owed(JsonNode credits) {
    if (!credits.isObject()) {
      return List.of();
    }
    List<Owed> owed = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : credits.path("lines")) {
      BigDecimal amount = new BigDecimal(line.path("amount").asString());
      sum = sum.add(amount);
      ObjectNode evidence = JSON.createObjectNode();
      evidence.set("outages", line.path("outages"));
      evidence.set("clocks", line.path("clocks"));
      if (line.has("rcas")) {
        // a late-RCA line's evidence: the RCAs, their tickets and due instants
        evidence.set("rcas", line.path("rcas"));
      }
      owed.add(
          new Owed(
              new CreditLine.LineKey(
                  line.path("kind").asString(),
                  line.path("rule").asString(),
                  line.path("service").isString() ? line.path("service").asString() : null),
              line.path("percent").asString(),
              amount,
              evidence.toString()));
    }
    BigDecimal total = new BigDecimal(credits.path("total").asString());
    if (total.compareTo(sum) != 0) {
      boolean capped = credits.path("capped").asBoolean();
      ObjectNode evidence = JSON.createObjectNode();
      evidence.put("uncapped_total", credits.path("uncapped_total").asString());
      evidence.set("cap", credits.path("cap"));
      evidence.put("total", credits.path("total").asString());
      evidence.put("lines", sum.toPlainString());
      owed.add(
          new Owed(
              new CreditLine.LineKey(
                  capped ? "cap" : "rounding",
                  capped
                      ? "the cap of " + credits.path("cap").asString() + " " + currency(credits)
                      : "the total rounded once",
                  null),
              null,
              total.subtract(sum),
              evidence.toString()));
    }
    return owed;
  }

  private static String currency(JsonNode credits) {
    return credits.path("currency").asString();
  }

  private static Owed correction(Owed now, BigDecimal was, BigDecimal delta) {
    ObjectNode evidence = JSON.createObjectNode();
    evidence.put("was", was.stripTrailingZeros().toPlainString());
    evidence.put("now", now.amount().stripTrailingZeros().toPlainString());
    evidence.set("evidence", JSON.readTree(now.evidence()));
    return new Owed(now.key(), null, delta, evidence.toString());
  }

  private static CreditLine line(
      StoredStatement statement,
      int lineNo,
      CreditLine.Entry entry,
      Owed owed,
      String currency,
      Instant now) {
    return new CreditLine(
        UUID.randomUUID().toString(),
        statement.key(),
        statement.id(),
        statement.version(),
        lineNo,
        entry,
        owed.key().kind(),
        owed.key().rule(),
        owed.key().service(),
        owed.percent(),
        owed.amount(),
        currency,
        owed.evidence(),
        now,
        Optional.empty());
  }
}
