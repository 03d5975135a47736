package org.accordo.app.outages;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.TimeSpan;

/**
 * An outage as Accordo recorded it.
 *
 * @param id Accordo's id of it
 * @param customerId the customer whose service was down
 * @param service the contract service that was down
 * @param from its first instant
 * @param to the first instant after it, or null while it goes on
 * @param cause why, as now classified
 * @param note free text, never null (may be empty)
 * @param announcedAt when the provider announced it, or null when not recorded
 * @param kind recorded as an outage, or as maintenance announced ahead
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (a token's id, {@code system})
 * @param updatedAt when it last changed (closed, reclassified)
 */
public record RecordedOutage(
    String id,
    String customerId,
    String service,
    Instant from,
    Instant to,
    OutageCause cause,
    String note,
    Instant announcedAt,
    OutageKind kind,
    Instant recordedAt,
    String recordedBy,
    Instant updatedAt) {

  public RecordedOutage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("outage " + id + " ends " + to + " before " + from);
    }
  }

  /** True while it goes on (no end recorded). */
  public boolean ongoing() {
    return to == null;
  }

  /**
   * The outage as a period close measures it: one still going on lasts until {@code asOf} (at least
   * until its start).
   */
  public Outage measuredAt(Instant asOf) {
    Instant end = to != null ? to : asOf.isBefore(from) ? from : asOf;
    return new Outage(
        service, new TimeSpan(from, end), cause, note, Optional.ofNullable(announcedAt));
  }
}
