package org.accordo.core.report;

import java.util.Comparator;
import java.util.List;

/**
 * What the server records of a period besides tickets and outages: the monitors' coverage of each
 * service and the customer's root cause analyses. A report from files ({@code accordo report}) has
 * {@link #NONE}: no monitor measured its services and it knows no RCA.
 *
 * @param coverage per monitored service, what its monitors covered in the period; a service without
 *     an entry was measured from the recorded outages only
 * @param rcas the RCA obligations that may concern the period (any order)
 */
public record PeriodRecords(List<ServiceCoverage> coverage, List<RcaFact> rcas) {

  /** Nothing recorded besides tickets and outages. */
  public static final PeriodRecords NONE = new PeriodRecords(List.of(), List.of());

  public PeriodRecords {
    coverage = coverage.stream().sorted(Comparator.comparing(ServiceCoverage::service)).toList();
    rcas = List.copyOf(rcas);
    if (coverage.stream().map(ServiceCoverage::service).distinct().count() != coverage.size()) {
      throw new IllegalArgumentException("a service has one coverage: " + coverage);
    }
  }
}
