package org.accordo.app.reports;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.ServiceCoverage;

/**
 * What the JSON and the documents show of the server's records of a period (the monitors' coverage
 * and the root cause analyses), decided once for both: which services the coverage lists, and as of
 * when an open RCA is judged late.
 */
final class PeriodRecordsView {

  private PeriodRecordsView() {}

  /**
   * The services whose coverage is stated: none when no monitor measured any service in the period
   * (as {@code accordo report} from files, which has no monitors); else every service of the
   * availability SLAs, in their order, then the other monitored services, by name.
   */
  static List<String> coverageServices(PeriodReport report) {
    if (report.coverage().isEmpty()) {
      return List.of();
    }
    Set<String> services = new LinkedHashSet<>();
    report.availability().stream()
        .map(AvailabilityRow::result)
        .forEach(a -> services.add(a.service()));
    report.coverage().stream().map(ServiceCoverage::service).forEach(services::add);
    return List.copyOf(services);
  }

  /**
   * The instant the RCAs open at the period's end are judged at: its end, or the report's instant.
   */
  static Instant standing(PeriodReport report) {
    Instant end = report.period().endExclusive();
    return report.asOf().isBefore(end) ? report.asOf() : end;
  }
}
