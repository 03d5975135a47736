package org.accordo.app.outages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;

/**
 * One outage or maintenance window of the outages page, written for its reader.
 *
 * @param id Accordo's id of it
 * @param service the contract service that was down
 * @param kind outage or maintenance, in words
 * @param from its first instant, in the reader's zone with its offset
 * @param to the first instant after it, or null while it goes on
 * @param lasted how long it lasted, or has lasted so far, in hours and minutes
 * @param cause its cause as now classified, in words
 * @param causeId its cause's id ({@code provider}, {@code customer_caused}, ...)
 * @param note its note (shown as text, escaped), may be empty
 * @param ongoing whether it goes on
 */
public record OutageLine(
    String id,
    String service,
    String kind,
    String from,
    String to,
    String lasted,
    String cause,
    String causeId,
    String note,
    boolean ongoing) {

  public OutageLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(lasted, "lasted");
  }

  /** The line of {@code outage} at {@code now} (an ongoing one has lasted until now). */
  static OutageLine of(RecordedOutage outage, Instant now, ZoneId zone, Labels labels) {
    Instant end = outage.ongoing() ? now : outage.to();
    return new OutageLine(
        outage.id(),
        outage.service(),
        labels.get("page.outages.kind." + outage.kind().id()),
        Formats.instant(outage.from(), zone),
        outage.ongoing() ? null : Formats.instant(outage.to(), zone),
        Formats.hoursAndMinutes(Duration.between(outage.from(), end)),
        labels.get("outage." + outage.cause().id()),
        outage.cause().id(),
        outage.note(),
        outage.ongoing());
  }
}
