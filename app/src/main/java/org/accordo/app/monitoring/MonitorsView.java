package org.accordo.app.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accordo.app.ui.Formats;

/**
 * What the monitors' pages print, formatted when the page is shown: per service its live state,
 * current outage, uptime over 24 hours, 30 days and the period, and the budget left; per monitor
 * its kind, target, interval and last result; the month's coverage per service.
 *
 * @param customerId the customer
 * @param services the monitored services, in the order their monitors were created
 * @param monitors every monitor of the customer
 * @param coverage the month's measured time per service
 */
public record MonitorsView(
    String customerId,
    List<ServiceLine> services,
    List<MonitorLine> monitors,
    List<CoverageLine> coverage) {

  public MonitorsView {
    Objects.requireNonNull(customerId, "customerId");
    services = List.copyOf(services);
    monitors = List.copyOf(monitors);
    coverage = List.copyOf(coverage);
  }

  /**
   * One service's live status.
   *
   * @param state {@code up}, {@code down} or {@code unknown}: the key of its label
   * @param outageSince when the outage going on began, in the viewer's zone; null when none
   * @param budgetLeft the period's downtime budget left in hours and minutes ({@code 0 min} once
   *     spent); null without an availability SLA
   * @param budgetOverspent how much more than the budget was down, or null when not overspent
   */
  public record ServiceLine(
      String service,
      String state,
      String outageSince,
      String uptime24Hours,
      String uptime30Days,
      String uptimePeriod,
      String budgetLeft,
      String budgetOverspent) {}

  /**
   * One monitor.
   *
   * @param target the URL, or {@code host:port}
   * @param interval in hours and minutes
   * @param lastCheck the last check's start in the viewer's zone; null before the first
   * @param lastResult its words from the fixed vocabulary ({@code up}, {@code status 503}...)
   */
  public record MonitorLine(
      String id,
      String name,
      String service,
      String kind,
      String target,
      String interval,
      boolean active,
      String state,
      String lastCheck,
      String lastResult) {}

  /** A service's month so far: covered, down within it, not covered, uptime over the covered. */
  public record CoverageLine(
      String service, String covered, String down, String uncovered, String uptime) {}

  /** Builds the view from the module's statuses, in {@code zone}. */
  static MonitorsView of(
      String customerId, List<ServiceStatus> statuses, Map<String, Measured> month, ZoneId zone) {
    List<ServiceLine> services = statuses.stream().map(s -> service(s, zone)).toList();
    List<MonitorLine> monitors =
        statuses.stream().flatMap(s -> s.monitors().stream()).map(m -> monitor(m, zone)).toList();
    List<CoverageLine> coverage =
        month.entrySet().stream().map(e -> coverage(e.getKey(), e.getValue())).toList();
    return new MonitorsView(customerId, services, monitors, coverage);
  }

  private static ServiceLine service(ServiceStatus status, ZoneId zone) {
    return new ServiceLine(
        status.service(),
        status.state().id(),
        status.currentOutage().map(o -> Formats.instant(o.from(), zone)).orElse(null),
        uptime(status.last24Hours()),
        uptime(status.last30Days()),
        uptime(status.period()),
        status.budget().map(b -> Formats.hoursAndMinutes(positive(b.budget().left()))).orElse(null),
        status
            .budget()
            .map(b -> b.budget().left())
            .filter(Duration::isNegative)
            .map(Formats::hoursAndMinutes)
            .orElse(null));
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  private static MonitorLine monitor(ServiceStatus.MonitorState state, ZoneId zone) {
    Monitor monitor = state.monitor();
    Optional<CheckResult> last = state.run().last();
    return new MonitorLine(
        monitor.id(),
        monitor.name(),
        monitor.service(),
        monitor.probe().kind().id(),
        target(monitor.probe()),
        Formats.hoursAndMinutes(monitor.cadence().interval()),
        monitor.active(),
        state.run().state().id(),
        last.map(r -> Formats.instant(r.at(), zone)).orElse(null),
        last.map(CheckResult::label).orElse(null));
  }

  private static CoverageLine coverage(String service, Measured measured) {
    return new CoverageLine(
        service,
        Formats.hoursAndMinutes(measured.covered()),
        Formats.hoursAndMinutes(measured.down()),
        Formats.hoursAndMinutes(measured.uncovered()),
        uptime(measured));
  }

  /** The target as written: the URL of an http monitor, {@code host:port} of the others. */
  static String target(Probe probe) {
    if (probe instanceof Probe.Http http) {
      return http.url().toString();
    }
    if (probe instanceof Probe.Tcp tcp) {
      return tcp.host() + ":" + tcp.port();
    }
    Probe.Tls tls = (Probe.Tls) probe;
    return tls.host() + ":" + tls.port();
  }

  /** Uptime over the covered time as a percentage to 3 decimals; {@code —} when none covered. */
  static String uptime(Measured measured) {
    return measured
        .uptime()
        .map(u -> u.multiply(BigDecimal.valueOf(100)).setScale(3, RoundingMode.HALF_EVEN) + " %")
        .orElse("—");
  }
}
