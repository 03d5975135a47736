package org.accordo.core.report;

/** Where a ticket stood at an instant, as a month's summary counts it. */
public enum TicketStanding {
  /** Created and neither resolved, closed nor cancelled. */
  OPEN,
  /** Its status was {@code resolved} or {@code closed}. */
  RESOLVED,
  /** It was cancelled: it left the SLA. */
  CANCELLED
}
