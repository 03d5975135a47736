package org.accordo.app.simulation;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Optional;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.TimelineSegment;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.credit.CreditLine;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.Money;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.simulation.ClockChange;
import org.accordo.core.simulation.ClockSide;
import org.accordo.core.simulation.ContractTotals;
import org.accordo.core.simulation.MetricComparison;
import org.accordo.core.simulation.MetricOutcome;
import org.accordo.core.simulation.MonthComparison;
import org.accordo.core.simulation.MonthOutcome;
import org.accordo.core.simulation.SimulationResult;
import org.accordo.core.simulation.SmallestTarget;
import org.accordo.core.simulation.TargetGrammar;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulation as JSON for machines, snake_case ({@code docs/simulation.md} shows it): the
 * contracts and period, the proposed contract's lint findings, {@code totals} with their {@code
 * difference}, {@code metrics} per SLA, metric and priority under both contracts (with the smallest
 * target for the goal), {@code months} with availability and credits, and {@code changes}, each
 * with the clock under both contracts and its timeline. Seconds are decimal numbers exact to the
 * millisecond, shares fractions, amounts exact decimals (at least cents). Written streaming.
 */
public final class SimulationJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private final JsonGenerator json;

  private SimulationJson(JsonGenerator json) {
    this.json = json;
  }

  /** The simulation's JSON, UTF-8, ending with a newline. */
  public static byte[] write(Contract current, Contract proposed, SimulationResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try (JsonGenerator json = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
      new SimulationJson(json).simulation(current, proposed, result);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private void simulation(Contract current, Contract proposed, SimulationResult result) {
    json.writeStartObject();
    json.writeObjectPropertyStart("contracts");
    contract("current", current);
    contract("proposed", proposed);
    json.writeEndObject();
    json.writeObjectPropertyStart("period");
    json.writeStringProperty("from", result.period().first().toString());
    json.writeStringProperty("to", result.period().last().toString());
    json.writeStringProperty("zone", result.period().zone().getId());
    json.writeStringProperty("start", result.period().startInclusive().toString());
    json.writeStringProperty("end", result.period().endExclusive().toString());
    json.writeEndObject();
    json.writeStringProperty("as_of", result.asOf().toString());
    json.writeNumberProperty("compliance_goal", result.goal());
    json.writeNumberProperty("tickets", result.tickets());
    json.writeArrayPropertyStart("lint");
    result.lint().findings().forEach(this::finding);
    json.writeEndArray();
    totals(result);
    json.writeArrayPropertyStart("metrics");
    result.metrics().forEach(this::metric);
    json.writeEndArray();
    json.writeArrayPropertyStart("months");
    result.months().forEach(this::month);
    json.writeEndArray();
    json.writeArrayPropertyStart("changes");
    result.changes().forEach(this::change);
    json.writeEndArray();
    json.writeEndObject();
  }

  private void contract(String name, Contract contract) {
    json.writeObjectPropertyStart(name);
    json.writeStringProperty("id", contract.header().id());
    json.writeStringProperty("title", contract.header().title());
    json.writeNumberProperty("version", contract.header().version());
    json.writeEndObject();
  }

  private void finding(Finding finding) {
    json.writeStartObject();
    json.writeStringProperty("rule", finding.rule());
    json.writeStringProperty("severity", finding.severity().label());
    json.writeNumberProperty("line", finding.location().line());
    json.writeNumberProperty("column", finding.location().column());
    json.writeStringProperty("message", finding.message());
    json.writeStringProperty("hint", finding.hint());
    json.writeEndObject();
  }

  private void totals(SimulationResult result) {
    json.writeObjectPropertyStart("totals");
    contractTotals("current", result.totals().current());
    contractTotals("proposed", result.totals().proposed());
    json.writeObjectPropertyStart("difference");
    json.writeNumberProperty("met", result.totals().metDifference());
    json.writeNumberProperty("breached", result.totals().breachedDifference());
    money("credits", result.totals().creditsDifference());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void contractTotals(String name, ContractTotals totals) {
    json.writeObjectPropertyStart(name);
    json.writeNumberProperty("met", totals.met());
    json.writeNumberProperty("breached", totals.breached());
    if (totals.compliance().isPresent()) {
      json.writeNumberProperty("compliance", totals.compliance().get());
    } else {
      json.writeNullProperty("compliance");
    }
    money("credits", totals.credits());
    json.writeEndObject();
  }

  private void metric(MetricComparison row) {
    json.writeStartObject();
    json.writeStringProperty("sla", row.sla());
    json.writeStringProperty("metric", row.metric().id());
    json.writeStringProperty("priority", row.priority());
    metricOutcome("current", row.current());
    metricOutcome("proposed", row.proposed());
    json.writeEndObject();
  }

  private void metricOutcome(String name, Optional<MetricOutcome> outcome) {
    if (outcome.isEmpty()) {
      json.writeNullProperty(name);
      return;
    }
    MetricOutcome o = outcome.get();
    json.writeObjectPropertyStart(name);
    json.writeStringProperty("target", target(o.target().target()));
    json.writeNumberProperty("target_seconds", Quantities.seconds(o.target().target()));
    json.writeStringProperty("calendar", o.target().calendar());
    json.writeNumberProperty("tickets", o.tickets());
    json.writeNumberProperty("clocks", o.clocks());
    json.writeNumberProperty("met", o.met());
    json.writeNumberProperty("breached", o.breached());
    if (o.compliance().isPresent()) {
      json.writeNumberProperty("compliance", o.compliance().get());
    } else {
      json.writeNullProperty("compliance");
    }
    seconds("median_elapsed_seconds", o.median().map(Quantities::seconds));
    seconds("p90_elapsed_seconds", o.p90().map(Quantities::seconds));
    if (o.smallest().isPresent()) {
      smallest(o.smallest().get());
    } else {
      json.writeNullProperty("smallest_target");
    }
    json.writeEndObject();
  }

  /** A target in the grammar when it has whole seconds, else in ISO-8601. */
  private static String target(java.time.Duration target) {
    return target.toMillisPart() == 0 ? TargetGrammar.write(target) : target.toString();
  }

  private void smallest(SmallestTarget smallest) {
    json.writeObjectPropertyStart("smallest_target");
    json.writeStringProperty("target", smallest.written());
    json.writeNumberProperty("target_seconds", smallest.exact().toSeconds());
    json.writeStringProperty("whole_minutes", smallest.writtenInMinutes());
    json.writeNumberProperty("met", smallest.met());
    json.writeNumberProperty("clocks", smallest.clocks());
    json.writeStringProperty("set_by_ticket", smallest.ticket());
    json.writeEndObject();
  }

  private void month(MonthComparison month) {
    json.writeStartObject();
    json.writeStringProperty("month", month.month().toString());
    monthOutcome("current", month.current());
    monthOutcome("proposed", month.proposed());
    json.writeEndObject();
  }

  private void monthOutcome(String name, MonthOutcome month) {
    json.writeObjectPropertyStart(name);
    json.writeNumberProperty("met", month.met());
    json.writeNumberProperty("breached", month.breached());
    json.writeArrayPropertyStart("availability");
    month.availability().forEach(this::availability);
    json.writeEndArray();
    if (month.credits().isPresent()) {
      credits(month.credits().get());
    } else {
      json.writeNullProperty("credits");
    }
    json.writeEndObject();
  }

  private void availability(AvailabilityRow row) {
    json.writeStartObject();
    json.writeStringProperty("sla", row.sla());
    json.writeStringProperty("service", row.result().service());
    json.writeNumberProperty("target", row.result().target());
    json.writeNumberProperty(
        "availability", row.result().availability().setScale(10, java.math.RoundingMode.HALF_EVEN));
    json.writeNumberProperty("downtime_seconds", Quantities.seconds(row.result().downtime()));
    json.writeNumberProperty("measured_seconds", Quantities.seconds(row.result().measured()));
    json.writeEndObject();
  }

  private void credits(CreditStatement credits) {
    json.writeObjectPropertyStart("credits");
    json.writeStringProperty("currency", credits.currency());
    json.writeNumberProperty("total", Quantities.amount(credits.total()));
    json.writeBooleanProperty("capped", credits.capped());
    json.writeArrayPropertyStart("lines");
    for (CreditLine line : credits.lines()) {
      json.writeStartObject();
      json.writeStringProperty("rule", line.rule().label());
      line.service().ifPresent(s -> json.writeStringProperty("service", s));
      json.writeNumberProperty("amount", Quantities.amount(line.amount()));
      json.writeNumberProperty("clocks", line.breaches().size());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void change(ClockChange change) {
    json.writeStartObject();
    json.writeStringProperty("ticket", change.ticket());
    json.writeStringProperty("metric", change.metric().id());
    json.writeNumberProperty("cycle", change.cycle());
    json.writeStringProperty("change", change.kind().id());
    side("current", change.current());
    side("proposed", change.proposed());
    json.writeEndObject();
  }

  private void side(String name, ClockSide side) {
    json.writeObjectPropertyStart(name);
    json.writeStringProperty("outcome", side.outcome().id());
    json.writeStringProperty("sla", side.sla());
    if (side.clock().isPresent()) {
      clock(side.clock().get());
    } else {
      json.writeNullProperty("clock");
    }
    json.writeEndObject();
  }

  private void clock(ClockResult clock) {
    json.writeObjectPropertyStart("clock");
    json.writeStringProperty("priority", clock.priority());
    json.writeStringProperty("calendar", clock.calendar());
    json.writeStringProperty("state", clock.state().id());
    json.writeStringProperty("started_at", clock.startedAt().toString());
    instant("stopped_at", clock.stoppedAt());
    instant("breached_at", clock.breachedAt());
    json.writeNumberProperty("elapsed_seconds", Quantities.seconds(clock.elapsedMillis()));
    json.writeNumberProperty("target_seconds", Quantities.seconds(clock.targetMillis()));
    json.writeNumberProperty("paused_seconds", Quantities.seconds(clock.pausedMillis()));
    json.writeArrayPropertyStart("timeline");
    for (TimelineSegment s : clock.timeline()) {
      json.writeStartObject();
      json.writeStringProperty("from", s.from().toString());
      json.writeStringProperty("to", s.to().toString());
      json.writeBooleanProperty("counting", s.counting());
      json.writeStringProperty("why", s.why());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void instant(String name, Instant instant) {
    if (instant != null) {
      json.writeStringProperty(name, instant.toString());
    } else {
      json.writeNullProperty(name);
    }
  }

  private void seconds(String name, Optional<java.math.BigDecimal> seconds) {
    if (seconds.isPresent()) {
      json.writeNumberProperty(name, seconds.get());
    } else {
      json.writeNullProperty(name);
    }
  }

  private void money(String name, Optional<Money> money) {
    if (money.isEmpty()) {
      json.writeNullProperty(name);
      return;
    }
    json.writeObjectPropertyStart(name);
    json.writeNumberProperty("amount", Quantities.amount(money.get()));
    json.writeStringProperty("currency", money.get().currency());
    json.writeEndObject();
  }
}
