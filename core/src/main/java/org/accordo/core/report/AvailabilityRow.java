package org.accordo.core.report;

import java.util.Objects;
import org.accordo.core.availability.ServiceAvailability;

/**
 * The availability of one service under one SLA in the period.
 *
 * @param sla the SLA's id
 * @param result the measurement
 */
public record AvailabilityRow(String sla, ServiceAvailability result) {

  public AvailabilityRow {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(result, "result");
  }
}
