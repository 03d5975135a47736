package org.accordo.app.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.accordo.app.outages.RecordedOutage;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.core.availability.TimeSpan;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/{customerId}/services/status}: the live state of each monitored service;
 * {@code .../services/coverage?month=2026-03}: what the monitors covered in a month.
 */
@Tag(name = "Monitors")
@RestController
class ServiceStatusController {

  static final String BASE = "/api/v1/customers/{customerId}/services";

  private final ServiceStatuses statuses;

  ServiceStatusController(ServiceStatuses statuses) {
    this.statuses = statuses;
  }

  @Operation(
      operationId = "getServiceStatus",
      summary = "Each contract service's live state, uptime and downtime budget left")
  @GetMapping(BASE + "/status")
  StatusView status(@AuthenticationPrincipal Caller caller, @PathVariable String customerId) {
    return new StatusView(
        customerId, statuses.statuses(caller, customerId).stream().map(ServiceView::of).toList());
  }

  @Operation(
      operationId = "getServiceCoverage",
      summary = "The time a month's checks covered per service, and its gaps")
  @GetMapping(BASE + "/coverage")
  CoverageView coverage(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidField("month", "'" + month + "' is not a month; write e.g. 2026-03");
    }
    return new CoverageView(
        customerId,
        parsed.toString(),
        statuses.coverage(caller, customerId, parsed).entrySet().stream()
            .map(e -> MeasuredView.of(e.getKey(), e.getValue()))
            .toList());
  }

  record StatusView(String customerId, List<ServiceView> services) {}

  record CoverageView(String customerId, String month, List<MeasuredView> services) {}

  record ServiceView(
      String service,
      String state,
      List<MonitorStateView> monitors,
      OutageView currentOutage,
      @JsonProperty("last_24_hours") MeasuredView last24Hours,
      @JsonProperty("last_30_days") MeasuredView last30Days,
      MeasuredView period,
      BudgetView budget) {

    static ServiceView of(ServiceStatus s) {
      return new ServiceView(
          s.service(),
          s.state().id(),
          s.monitors().stream().map(MonitorStateView::of).toList(),
          s.currentOutage().map(OutageView::of).orElse(null),
          MeasuredView.of(null, s.last24Hours()),
          MeasuredView.of(null, s.last30Days()),
          MeasuredView.of(null, s.period()),
          s.budget().map(BudgetView::of).orElse(null));
    }
  }

  /** A monitor's state and last check, in the fixed vocabulary. */
  record MonitorStateView(
      String id,
      String name,
      String kind,
      boolean active,
      String state,
      Instant lastCheckAt,
      String lastResult,
      Long lastLatencyMs) {

    static MonitorStateView of(ServiceStatus.MonitorState m) {
      var last = m.run().last();
      return new MonitorStateView(
          m.monitor().id(),
          m.monitor().name(),
          m.monitor().probe().kind().id(),
          m.monitor().active(),
          m.run().state().id(),
          last.map(CheckResult::at).orElse(null),
          last.map(CheckResult::label).orElse(null),
          last.map(r -> r.latency().toMillis()).orElse(null));
    }
  }

  record OutageView(String id, Instant from, String cause, String recordedBy) {
    static OutageView of(RecordedOutage o) {
      return new OutageView(o.id(), o.from(), o.cause().id(), o.recordedBy());
    }
  }

  /**
   * What was measured in a window: {@code uptime} is over the covered time only, null when nothing
   * was covered; the uncovered time is neither up nor down.
   */
  record MeasuredView(
      String service,
      Instant from,
      Instant to,
      long coveredSeconds,
      long downSeconds,
      long uncoveredSeconds,
      BigDecimal uptime,
      List<GapView> uncovered) {

    static MeasuredView of(String service, Measured m) {
      return new MeasuredView(
          service,
          m.window().startInclusive(),
          m.window().endExclusive(),
          m.covered().toSeconds(),
          m.down().toSeconds(),
          m.uncovered().toSeconds(),
          m.uptime().orElse(null),
          m.gaps().stream().limit(100).map(GapView::of).toList());
    }
  }

  record GapView(Instant from, Instant to) {
    static GapView of(TimeSpan span) {
      return new GapView(span.startInclusive(), span.endExclusive());
    }
  }

  record BudgetView(
      String period,
      BigDecimal target,
      long allowedSeconds,
      long usedSeconds,
      long leftSeconds,
      Instant asOf) {
    static BudgetView of(ServiceStatus.Budget b) {
      return new BudgetView(
          b.month(),
          b.target(),
          b.budget().allowed().toSeconds(),
          b.budget().used().toSeconds(),
          b.budget().left().toSeconds(),
          b.asOf());
    }
  }
}
