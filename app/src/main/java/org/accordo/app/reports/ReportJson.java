package org.accordo.app.reports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.accordo.core.credit.RcaCredit;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.ClockExclusion;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.ComplianceRow;
import org.accordo.core.report.MetricTrend;
import org.accordo.core.report.MonthCompliance;
import org.accordo.core.report.MonthSummary;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketCount;
import org.accordo.core.report.TicketReference;
import org.accordo.core.report.TimelineEntry;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The period report as JSON for machines, snake_case: the month's {@code summary} (tickets per
 * priority, each metric against the months before), {@code availability} per service, {@code
 * compliance} per SLA, metric and priority, {@code credits} with their lines and sources, and the
 * lists behind them ({@code breaches} with timelines, {@code open} in their state at the period's
 * end, {@code cancelled}, {@code excluded}), each clock with its ticket's {@code number} and {@code
 * subject}; the server's {@code coverage} and {@code root_cause_analyses} when it has any ({@link
 * RecordsJson}). {@code status} is the statement's ({@link StatementStatus}). Seconds are decimal
 * numbers exact to the millisecond; shares are fractions ({@code null} where no clock was
 * measured), except a credit line's {@code percent}; money is a decimal string with the currency's
 * scale ({@code "216.00"}), rounded half-even. The same inputs give the same bytes. Written
 * streaming: a month of 100,000 tickets is tens of megabytes.
 */
public final class ReportJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private final JsonGenerator json;
  private final StatementStatus status;

  private ReportJson(JsonGenerator json, StatementStatus status) {
    this.json = json;
    this.status = status;
  }

  /**
   * The report's JSON, UTF-8, ending with a newline, with the status a report from files has:
   * {@code final} once its period is over, {@code provisional} before.
   */
  public static byte[] write(Contract contract, PeriodReport report) {
    return write(contract, report, StatementStatus.of(report));
  }

  /**
   * The report's JSON with its statement's {@code status} (the server's provisional statement of a
   * month in its grace is over but not final); {@code credits.final} is true unless provisional.
   */
  public static byte[] write(Contract contract, PeriodReport report, StatementStatus status) {
    return write(contract, report, status, List.of());
  }

  /**
   * The statement's JSON with the disputes of its month ({@code disputes}, after {@code credits},
   * written only when there is one: a report from files has none, and writes the same bytes).
   */
  public static byte[] write(
      Contract contract,
      PeriodReport report,
      StatementStatus status,
      List<StatementDispute> disputes) {
    return write(contract, report, status, disputes, Optional.empty());
  }

  /**
   * The statement's JSON with the disputes of its month and, when the customer's periodic review
   * was overdue at the statement's instant, {@code review_overdue_since} (after {@code disputes},
   * written only then: a report from files writes the same bytes).
   */
  public static byte[] write(
      Contract contract,
      PeriodReport report,
      StatementStatus status,
      List<StatementDispute> disputes,
      Optional<LocalDate> reviewOverdueSince) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try (JsonGenerator json = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
      new ReportJson(json, status).report(contract, report, disputes, reviewOverdueSince);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private void report(
      Contract contract,
      PeriodReport report,
      List<StatementDispute> disputes,
      Optional<LocalDate> reviewOverdueSince) {
    json.writeStartObject();
    json.writeObjectPropertyStart("contract");
    json.writeStringProperty("id", contract.header().id());
    json.writeStringProperty("title", contract.header().title());
    json.writeNumberProperty("version", contract.header().version());
    json.writeStringProperty("provider", contract.header().provider().name());
    json.writeStringProperty("customer", contract.header().customer().name());
    json.writeEndObject();
    json.writeObjectPropertyStart("period");
    json.writeStringProperty("month", report.period().month().toString());
    json.writeStringProperty("zone", report.period().zone().getId());
    json.writeStringProperty("from", report.period().startInclusive().toString());
    json.writeStringProperty("to", report.period().endExclusive().toString());
    json.writeEndObject();
    json.writeStringProperty("as_of", report.asOf().toString());
    json.writeBooleanProperty("closed", report.closed());
    json.writeStringProperty("status", status.id());
    summary(report.summary());
    json.writeArrayPropertyStart("availability");
    report.availability().forEach(this::availability);
    json.writeEndArray();
    new RecordsJson(json, report).coverage();
    json.writeArrayPropertyStart("compliance");
    report.compliance().forEach(this::compliance);
    json.writeEndArray();
    clocks("breaches", report.breaches(), true, report);
    clocks("open", report.open(), false, report);
    clocks("cancelled", report.cancelled(), false, report);
    clocks("excluded", report.withExclusions(), false, report);
    new RecordsJson(json, report).rcas();
    if (report.credits().isPresent()) {
      credits(report.credits().get(), report);
    } else {
      json.writeNullProperty("credits");
    }
    if (!disputes.isEmpty()) {
      json.writeArrayPropertyStart("disputes");
      disputes.forEach(this::dispute);
      json.writeEndArray();
    }
    if (reviewOverdueSince.isPresent()) {
      json.writeStringProperty("review_overdue_since", reviewOverdueSince.get().toString());
    }
    json.writeArrayPropertyStart("contents");
    report.contents().forEach(json::writeString);
    json.writeEndArray();
    json.writeEndObject();
  }

  private void summary(MonthSummary summary) {
    json.writeObjectPropertyStart("summary");
    json.writeArrayPropertyStart("tickets");
    for (TicketCount count : summary.tickets()) {
      json.writeStartObject();
      json.writeStringProperty("priority", count.priority());
      json.writeNumberProperty("opened", count.opened());
      json.writeNumberProperty("resolved", count.resolved());
      json.writeNumberProperty("open_at_end", count.openAtEnd());
      json.writeNumberProperty("breached", count.breached());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("compliance_trend");
    for (MetricTrend trend : summary.trend()) {
      json.writeStartObject();
      json.writeStringProperty("metric", trend.metric().id());
      json.writeArrayPropertyStart("months");
      for (MonthCompliance month : trend.months()) {
        json.writeStartObject();
        json.writeStringProperty("month", month.month().toString());
        json.writeNumberProperty("met", month.met());
        json.writeNumberProperty("breached", month.breached());
        number("share_met", month.shareMet());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void availability(AvailabilityRow row) {
    ServiceAvailability a = row.result();
    json.writeStartObject();
    json.writeStringProperty("sla", row.sla());
    json.writeStringProperty("service", a.service());
    json.writeNumberProperty("target", a.target());
    json.writeNumberProperty("measured_seconds", Numbers.seconds(a.measured()));
    json.writeNumberProperty("downtime_seconds", Numbers.seconds(a.downtime()));
    json.writeNumberProperty("excluded_seconds", Numbers.seconds(a.excluded()));
    json.writeNumberProperty("availability", Numbers.fraction(a.availability(), 10));
    json.writeNumberProperty("budget_seconds", Numbers.seconds(a.month().allowed()));
    json.writeNumberProperty("budget_left_seconds", Numbers.seconds(a.month().left()));
    number("burn_rate", a.burnRate().map(r -> Numbers.fraction(r, 6)));
    json.writeObjectPropertyStart("year");
    json.writeNumberProperty("budget_seconds", Numbers.seconds(a.year().allowed()));
    json.writeNumberProperty("downtime_seconds", Numbers.seconds(a.year().used()));
    json.writeNumberProperty("budget_left_seconds", Numbers.seconds(a.year().left()));
    json.writeEndObject();
    outages("downtime_outages", a.downtimeOutages());
    outages("excluded_outages", a.excludedOutages());
    json.writeEndObject();
  }

  private void outages(String name, List<Outage> outages) {
    json.writeArrayPropertyStart(name);
    for (Outage o : outages) {
      json.writeStartObject();
      json.writeStringProperty("service", o.service());
      json.writeStringProperty("from", o.from().toString());
      json.writeStringProperty("to", o.to().toString());
      json.writeStringProperty("cause", o.cause().id());
      json.writeStringProperty("note", o.note());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void compliance(ComplianceRow row) {
    json.writeStartObject();
    json.writeStringProperty("sla", row.sla());
    json.writeStringProperty("metric", row.metric().id());
    json.writeStringProperty("priority", row.priority());
    json.writeNumberProperty("met", row.met());
    json.writeNumberProperty("breached", row.breached());
    number("share_met", row.shareMet());
    json.writeEndObject();
  }

  private void clocks(
      String name, List<ClockFact> clocks, boolean withTimeline, PeriodReport report) {
    json.writeArrayPropertyStart(name);
    for (ClockFact clock : clocks) {
      clock(clock, withTimeline, report);
    }
    json.writeEndArray();
  }

  private void clock(ClockFact clock, boolean withTimeline, PeriodReport report) {
    json.writeStartObject();
    ticket(report.ticket(clock.ticket()));
    json.writeStringProperty("sla", clock.sla());
    json.writeStringProperty("metric", clock.metric().id());
    json.writeStringProperty("priority", clock.priority());
    json.writeStringProperty("calendar", clock.calendar());
    json.writeStringProperty("state", clock.state().id());
    json.writeStringProperty("started_at", clock.startedAt().toString());
    instant("stopped_at", clock.stoppedAt());
    instant("breached_at", clock.breachedAt());
    json.writeNumberProperty("elapsed_seconds", Numbers.seconds(clock.elapsed()));
    json.writeNumberProperty("target_seconds", Numbers.seconds(clock.target()));
    json.writeArrayPropertyStart("exclusions");
    for (ClockExclusion x : clock.exclusions()) {
      json.writeStartObject();
      json.writeStringProperty("from", x.span().startInclusive().toString());
      json.writeStringProperty("to", x.span().endExclusive().toString());
      json.writeStringProperty("reason", x.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (withTimeline) {
      json.writeArrayPropertyStart("timeline");
      for (TimelineEntry t : clock.timeline()) {
        json.writeStartObject();
        json.writeStringProperty("from", t.from().toString());
        json.writeStringProperty("to", t.to().toString());
        json.writeBooleanProperty("counting", t.counting());
        json.writeStringProperty("why", t.why());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** The ticket's id, number and subject ({@code null} when unknown). */
  private void ticket(TicketReference ticket) {
    json.writeStringProperty("ticket", ticket.id());
    json.writeStringProperty("number", ticket.number());
    json.writeStringProperty("subject", ticket.subject().orElse(null));
  }

  private void credits(CreditStatement credits, PeriodReport report) {
    json.writeObjectPropertyStart("credits");
    json.writeStringProperty("currency", credits.currency());
    json.writeArrayPropertyStart("lines");
    credits.lines().forEach(line -> line(line, report));
    json.writeEndArray();
    json.writeStringProperty("uncapped_total", money(credits.uncapped()));
    json.writeStringProperty("cap", credits.cap().map(ReportJson::money).orElse(null));
    json.writeBooleanProperty("capped", credits.capped());
    json.writeStringProperty("total", money(credits.total()));
    instant("claim_by", credits.claimBy());
    if (credits.appliedAs().isPresent()) {
      json.writeStringProperty("applied_as", credits.appliedAs().get());
    } else {
      json.writeNullProperty("applied_as");
    }
    json.writeBooleanProperty("final", status != StatementStatus.PROVISIONAL);
    json.writeEndObject();
  }

  private void line(CreditLine line, PeriodReport report) {
    json.writeStartObject();
    json.writeStringProperty("rule", line.rule().label());
    json.writeStringProperty(
        "kind",
        line.rule() instanceof AvailabilityTier
            ? "availability_tier"
            : line.rule() instanceof RcaCredit ? "rca" : "breach");
    line.service().ifPresent(s -> json.writeStringProperty("service", s));
    json.writeNumberProperty("percent", Numbers.percent(line.share()));
    json.writeStringProperty("amount", money(line.amount()));
    outages("outages", line.outages());
    json.writeArrayPropertyStart("clocks");
    for (Breach b : line.breaches()) {
      json.writeStartObject();
      ticket(report.ticket(b.ticket()));
      json.writeStringProperty("sla", b.sla());
      json.writeStringProperty("metric", b.metric().id());
      json.writeStringProperty("priority", b.priority());
      json.writeStringProperty("breached_at", b.breachedAt().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    new RecordsJson(json, report).lateRcas(line.rcas());
    json.writeEndObject();
  }

  private void dispute(StatementDispute d) {
    json.writeStartObject();
    json.writeStringProperty("id", d.id());
    json.writeStringProperty("subject", d.subject());
    json.writeStringProperty("reference", d.reference());
    json.writeStringProperty("state", d.state());
    json.writeStringProperty("opened_at", d.openedAt().toString());
    json.writeStringProperty("decided_at", d.decidedAt() == null ? null : d.decidedAt().toString());
    json.writeStringProperty("outcome", d.outcome());
    json.writeEndObject();
  }

  /**
   * An amount as JSON carries money: a decimal string with the currency's scale, rounded half-even
   * ({@code "216.00"}, never {@code 216.0}), so no reader takes it for a binary float.
   */
  public static String money(Money money) {
    return money.rounded().amount().toPlainString();
  }

  private void number(String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      json.writeNumberProperty(name, value.get());
    } else {
      json.writeNullProperty(name);
    }
  }

  private void instant(String name, Optional<Instant> instant) {
    if (instant.isPresent()) {
      json.writeStringProperty(name, instant.get().toString());
    } else {
      json.writeNullProperty(name);
    }
  }
}
