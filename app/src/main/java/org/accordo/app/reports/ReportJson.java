package org.accordo.app.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.contract.Contract;
import org.accordo.core.credit.AvailabilityTier;
import org.accordo.core.credit.Breach;
import org.accordo.core.credit.CreditLine;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.Money;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.ClockExclusion;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.ComplianceRow;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TimelineEntry;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The period report as JSON for machines, snake_case: {@code availability} per service, {@code
 * compliance} per SLA, metric and priority, {@code credits} with their lines and sources, and the
 * lists behind them. Seconds are decimal numbers exact to the millisecond; shares are fractions,
 * except a credit line's {@code percent}; amounts keep their exact decimals and {@code total} is
 * rounded to cents.
 */
public final class ReportJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private ReportJson() {}

  /** The report's JSON text, ending with a newline. */
  public static String write(Contract contract, PeriodReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode c = root.putObject("contract");
    c.put("id", contract.header().id());
    c.put("title", contract.header().title());
    c.put("version", contract.header().version());
    c.put("provider", contract.header().provider().name());
    c.put("customer", contract.header().customer().name());
    ObjectNode period = root.putObject("period");
    period.put("month", report.period().month().toString());
    period.put("zone", report.period().zone().getId());
    period.put("from", report.period().startInclusive().toString());
    period.put("to", report.period().endExclusive().toString());
    root.put("as_of", report.asOf().toString());
    root.put("closed", report.closed());
    ArrayNode availability = root.putArray("availability");
    report.availability().forEach(row -> availability.add(availability(row)));
    ArrayNode compliance = root.putArray("compliance");
    report.compliance().forEach(row -> compliance.add(compliance(row)));
    ArrayNode breaches = root.putArray("breaches");
    report.breaches().forEach(clock -> breaches.add(clock(clock, true)));
    ArrayNode open = root.putArray("open");
    report.open().forEach(clock -> open.add(clock(clock, false)));
    ArrayNode cancelled = root.putArray("cancelled");
    report.cancelled().forEach(clock -> cancelled.add(clock(clock, false)));
    ArrayNode excluded = root.putArray("excluded");
    report.withExclusions().forEach(clock -> excluded.add(clock(clock, false)));
    report.credits().ifPresentOrElse(credits -> root.set("credits", credits(credits, report.closed())), () -> root.putNull("credits"));
    ArrayNode contents = root.putArray("contents");
    report.contents().forEach(contents::add);
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static ObjectNode availability(AvailabilityRow row) {
    ServiceAvailability a = row.result();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("sla", row.sla());
    node.put("service", a.service());
    node.put("target", a.target());
    node.put("measured_seconds", Numbers.seconds(a.measured()));
    node.put("downtime_seconds", Numbers.seconds(a.downtime()));
    node.put("excluded_seconds", Numbers.seconds(a.excluded()));
    node.put("availability", Numbers.fraction(a.availability(), 10));
    node.put("budget_seconds", Numbers.seconds(a.month().allowed()));
    node.put("budget_left_seconds", Numbers.seconds(a.month().left()));
    a.burnRate().ifPresentOrElse(r -> node.put("burn_rate", Numbers.fraction(r, 6)), () -> node.putNull("burn_rate"));
    ObjectNode year = node.putObject("year");
    year.put("budget_seconds", Numbers.seconds(a.year().allowed()));
    year.put("downtime_seconds", Numbers.seconds(a.year().used()));
    year.put("budget_left_seconds", Numbers.seconds(a.year().left()));
    ArrayNode down = node.putArray("downtime_outages");
    a.downtimeOutages().forEach(o -> down.add(outage(o)));
    ArrayNode excluded = node.putArray("excluded_outages");
    a.excludedOutages().forEach(o -> excluded.add(outage(o)));
    return node;
  }

  private static ObjectNode outage(Outage o) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("service", o.service());
    node.put("from", o.from().toString());
    node.put("to", o.to().toString());
    node.put("cause", o.cause().id());
    node.put("note", o.note());
    return node;
  }

  private static ObjectNode compliance(ComplianceRow row) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("sla", row.sla());
    node.put("metric", row.metric().id());
    node.put("priority", row.priority());
    node.put("met", row.met());
    node.put("breached", row.breached());
    node.put("share_met", row.shareMet());
    return node;
  }

  private static ObjectNode clock(ClockFact clock, boolean withTimeline) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ticket", clock.ticket());
    node.put("sla", clock.sla());
    node.put("metric", clock.metric().id());
    node.put("priority", clock.priority());
    node.put("state", clock.state().id());
    node.put("started_at", clock.startedAt().toString());
    instant(node, "stopped_at", clock.stoppedAt());
    instant(node, "breached_at", clock.breachedAt());
    node.put("elapsed_seconds", Numbers.seconds(clock.elapsed()));
    node.put("target_seconds", Numbers.seconds(clock.target()));
    ArrayNode exclusions = node.putArray("exclusions");
    for (ClockExclusion x : clock.exclusions()) {
      ObjectNode e = exclusions.addObject();
      e.put("from", x.span().startInclusive().toString());
      e.put("to", x.span().endExclusive().toString());
      e.put("reason", x.reason());
    }
    if (withTimeline) {
      ArrayNode timeline = node.putArray("timeline");
      for (TimelineEntry t : clock.timeline()) {
        ObjectNode s = timeline.addObject();
        s.put("from", t.from().toString());
        s.put("to", t.to().toString());
        s.put("counting", t.counting());
        s.put("why", t.why());
      }
    }
    return node;
  }

  private static ObjectNode credits(CreditStatement credits, boolean closed) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("currency", credits.currency());
    ArrayNode lines = node.putArray("lines");
    credits.lines().forEach(line -> lines.add(line(line)));
    node.put("uncapped_total", money(credits.uncapped()));
    credits.cap().ifPresentOrElse(c -> node.put("cap", money(c)), () -> node.putNull("cap"));
    node.put("capped", credits.capped());
    node.put("total", credits.total().amount());
    instant(node, "claim_by", credits.claimBy());
    credits.appliedAs().ifPresentOrElse(a -> node.put("applied_as", a), () -> node.putNull("applied_as"));
    node.put("final", closed);
    return node;
  }

  private static ObjectNode line(CreditLine line) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("rule", line.rule().label());
    node.put("kind", line.rule() instanceof AvailabilityTier ? "availability_tier" : "breach");
    line.service().ifPresent(s -> node.put("service", s));
    node.put("percent", Numbers.percent(line.share()));
    node.put("amount", money(line.amount()));
    ArrayNode outages = node.putArray("outages");
    line.outages().forEach(o -> outages.add(outage(o)));
    ArrayNode clocks = node.putArray("clocks");
    for (Breach b : line.breaches()) {
      ObjectNode clock = clocks.addObject();
      clock.put("ticket", b.ticket());
      clock.put("sla", b.sla());
      clock.put("metric", b.metric().id());
      clock.put("priority", b.priority());
      clock.put("breached_at", b.breachedAt().toString());
    }
    return node;
  }

  /** An exact amount, at least to cents. */
  private static java.math.BigDecimal money(Money money) {
    java.math.BigDecimal amount = money.amount().stripTrailingZeros();
    return amount.scale() < 2 ? amount.setScale(2) : amount;
  }

  private static void instant(ObjectNode node, String name, Optional<Instant> instant) {
    instant.ifPresentOrElse(i -> node.put(name, i.toString()), () -> node.putNull(name));
  }
}
