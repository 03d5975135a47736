package org.accordo.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.outages.OutageKind;
import org.accordo.app.outages.RecordedOutage;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.availability.DowntimeBudget;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * The monitors' page model: a service's state, outage and uptimes formatted in the viewer's zone
 * and in hours and minutes; a monitor's target and last result; the month's coverage; and the form
 * that sends on only the chosen kind's fields and names the field it cannot read.
 */
class MonitorsViewTests {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private static Measured measured(Duration covered, Duration down) {
    TimeSpan window = new TimeSpan(NOW.minus(Duration.ofDays(1)), NOW);
    return new Measured(window, covered, down, Duration.ofDays(1).minus(covered), List.of());
  }

  private static Monitor monitor(Probe probe, boolean active) {
    return new Monitor(
        "m1",
        "bianchi",
        "servers",
        "front door",
        probe,
        new Cadence(Duration.ofSeconds(90), Duration.ofSeconds(10), 2, 1),
        active,
        NOW,
        NOW);
  }

  private static MonitorRun run(ServiceState state, CheckResult last) {
    return new MonitorRun(
        state,
        0,
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(last));
  }

  @Test
  void aDownServiceShowsItsOutageInTheViewersZoneAndItsBudgetInHoursAndMinutes() {
    RecordedOutage outage =
        new RecordedOutage(
            "o1",
            "bianchi",
            "servers",
            Instant.parse("2026-03-10T11:15:00Z"),
            null,
            OutageCause.PROVIDER,
            "",
            null,
            OutageKind.OUTAGE,
            NOW,
            "monitor",
            NOW);
    Monitor http =
        monitor(
            new Probe.Http(
                URI.create("https://shop.example/health"),
                CheckMethod.GET,
                List.of(200),
                Optional.empty(),
                KeywordRule.PRESENT),
            true);
    CheckResult last =
        CheckResult.down(NOW, CheckProblem.STATUS, Optional.of(503), Duration.ofMillis(40));
    ServiceStatus status =
        new ServiceStatus(
            "servers",
            ServiceState.DOWN,
            List.of(new ServiceStatus.MonitorState(http, run(ServiceState.DOWN, last))),
            Optional.of(outage),
            measured(Duration.ofHours(24), Duration.ofMinutes(45)),
            measured(Duration.ZERO, Duration.ZERO),
            measured(Duration.ofHours(10), Duration.ZERO),
            Optional.of(
                new ServiceStatus.Budget(
                    "2026-03",
                    new BigDecimal("99.9"),
                    new DowntimeBudget(Duration.ofMinutes(44), Duration.ofMinutes(45)),
                    NOW)));

    MonitorsView view =
        MonitorsView.of(
            "bianchi",
            List.of(status),
            Map.of("servers", measured(Duration.ofHours(20), Duration.ofMinutes(45))),
            ROME);

    MonitorsView.ServiceLine line = view.services().get(0);
    assertThat(line.state()).isEqualTo("down");
    assertThat(line.outageSince()).isEqualTo("2026-03-10 12:15 +01:00");
    // 45 min down of 24 h covered
    assertThat(line.uptime24Hours()).isEqualTo("96.875 %");
    assertThat(line.uptime30Days()).as("nothing covered: no uptime").isEqualTo("—");
    assertThat(line.uptimePeriod()).isEqualTo("100.000 %");
    assertThat(line.budgetLeft()).as("overspent: none left").isEqualTo("0 min");
    assertThat(line.budgetOverspent()).isEqualTo("1 min");

    MonitorsView.MonitorLine monitor = view.monitors().get(0);
    assertThat(monitor.target()).isEqualTo("https://shop.example/health");
    assertThat(monitor.interval()).as("90 s, seconds dropped").isEqualTo("1 min");
    assertThat(monitor.lastCheck()).isEqualTo("2026-03-10 13:00 +01:00");
    assertThat(monitor.lastResult()).isEqualTo("status 503");

    MonitorsView.CoverageLine month = view.coverage().get(0);
    assertThat(month.covered()).isEqualTo("20 h 00 min");
    assertThat(month.down()).isEqualTo("45 min");
    assertThat(month.uncovered()).isEqualTo("4 h 00 min");
  }

  @Test
  void aTcpOrTlsTargetIsHostAndPortAndAMonitorNotCheckedHasNoLastCheck() {
    MonitorsView view =
        MonitorsView.of(
            "bianchi",
            List.of(
                new ServiceStatus(
                    "servers",
                    ServiceState.UNKNOWN,
                    List.of(
                        new ServiceStatus.MonitorState(
                            monitor(new Probe.Tls("mail.example", 465, 14), false),
                            MonitorRun.fresh())),
                    Optional.empty(),
                    measured(Duration.ZERO, Duration.ZERO),
                    measured(Duration.ZERO, Duration.ZERO),
                    measured(Duration.ZERO, Duration.ZERO),
                    Optional.empty())),
            Map.of(),
            ROME);

    assertThat(view.monitors().get(0).target()).isEqualTo("mail.example:465");
    assertThat(view.monitors().get(0).lastCheck()).isNull();
    assertThat(view.monitors().get(0).active()).isFalse();
    assertThat(view.services().get(0).outageSince()).isNull();
    assertThat(view.services().get(0).budgetLeft()).isNull();
    assertThat(view.services().get(0).budgetOverspent()).isNull();
  }

  @Test
  void theFormSendsOnOnlyTheChosenKindsFields() {
    Map<String, String> typed = new HashMap<>(MonitorForm.blank(List.of("servers")).values());
    typed.put("service", "servers");
    typed.put("kind", "tcp");
    typed.put("url", "http://left.over/from-http");
    typed.put("host", "db.example");
    typed.put("port", "5432");

    MonitorRequest request = new MonitorForm(typed, List.of("servers"), null, null).request();

    assertThat(request.probe()).isEqualTo(new Probe.Tcp("db.example", 5432));
    assertThat(request.cadence().interval()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void theFormNamesAFieldThatIsNoNumber() {
    Map<String, String> typed = new HashMap<>(MonitorForm.blank(List.of("servers")).values());
    typed.put("service", "servers");
    typed.put("url", "https://shop.example/");
    typed.put("interval_seconds", "a minute");

    assertThatThrownBy(() -> new MonitorForm(typed, List.of("servers"), null, null).request())
        .isInstanceOfSatisfying(
            InvalidField.class, e -> assertThat(e.field()).isEqualTo("interval_seconds"));
    MonitorForm refused =
        new MonitorForm(typed, List.of("servers"), null, null)
            .refusedBy(new InvalidField("interval_seconds", "'a minute' is not a whole number"));
    assertThat(refused.refuses("interval_seconds")).isTrue();
    assertThat(refused.refuses("url")).isFalse();
    assertThat(refused.value("interval_seconds")).as("kept as typed").isEqualTo("a minute");
  }
}
