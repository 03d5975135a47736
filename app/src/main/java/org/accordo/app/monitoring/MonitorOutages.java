package org.accordo.app.monitoring;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.accordo.app.outages.OutageKind;
import org.accordo.app.outages.Outages;
import org.accordo.app.outages.RecordedOutage;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.availability.OutageCause;
import org.springframework.stereotype.Component;

/**
 * The outages a monitor records, through the {@link Outages} API as the caller {@code monitor}: one
 * opened at the first failed check of a confirmed run, closed at the first success of a confirmed
 * recovery, each with its evidence. Inside an announced maintenance window of the service the
 * outage's cause is {@code announced_maintenance} (with the announcement's time, for the contract's
 * notice); an outage that crosses a window's edge is split there, so the part outside the window is
 * the provider's. Outages an admin reclassified (say to {@code customer_caused}) are not split.
 */
@Component
class MonitorOutages {

  /** Who records monitors' outages, in their history and the audit log. */
  static final Caller MONITOR = new Caller("monitor", Role.AGENT, null);

  private final Outages outages;
  private final OutageMessages messages;

  MonitorOutages(Outages outages, OutageMessages messages) {
    this.outages = outages;
    this.messages = messages;
  }

  /** Opens the service's outage from {@code from}, split at windows up to {@code until}. */
  String open(Monitor monitor, Instant from, Instant until, String evidence, CheckResult last) {
    List<RecordedOutage> windows = windows(monitor, from, until);
    RecordedOutage opened = openAt(monitor, from, windows, evidence);
    RecordedOutage current = advance(monitor, opened, until, windows);
    messages.opened(monitor, opened, last);
    return current.id();
  }

  /**
   * Follows the monitor's open outage up to {@code until} (splitting it at a window's edge); empty
   * when it is no longer open (an agent closed it).
   */
  Optional<String> follow(Monitor monitor, String outageId, Instant until) {
    return ongoing(monitor, outageId)
        .map(o -> advance(monitor, o, until, windows(monitor, o.from(), until)).id());
  }

  /** Closes the monitor's open outage at {@code at}, the first successful check. */
  void close(Monitor monitor, String outageId, Instant at, String evidence, CheckResult last) {
    Optional<RecordedOutage> ongoing = ongoing(monitor, outageId);
    if (ongoing.isEmpty()) {
      return;
    }
    RecordedOutage current =
        advance(monitor, ongoing.get(), at, windows(monitor, ongoing.get().from(), at));
    if (!at.isAfter(current.from())) {
      return;
    }
    RecordedOutage closed =
        outages.close(MONITOR, monitor.customerId(), current.id(), at, evidence);
    messages.closed(monitor, closed, last);
  }

  /**
   * Ends the monitor's open outage at {@code at}, when measuring stops (its customer disabled):
   * what follows is not measured, so it is not downtime. Nobody is told: the service did not
   * recover.
   */
  void endMeasured(Monitor monitor, String outageId, Instant at) {
    Optional<RecordedOutage> ongoing = ongoing(monitor, outageId);
    if (ongoing.isEmpty()) {
      return;
    }
    RecordedOutage current =
        advance(monitor, ongoing.get(), at, windows(monitor, ongoing.get().from(), at));
    if (at.isAfter(current.from())) {
      outages.close(
          MONITOR,
          monitor.customerId(),
          current.id(),
          at,
          "not measured after " + at + ": the customer was disabled");
    }
  }

  private RecordedOutage advance(
      Monitor monitor, RecordedOutage current, Instant until, List<RecordedOutage> windows) {
    while (current.cause() == OutageCause.PROVIDER
        || current.cause() == OutageCause.ANNOUNCED_MAINTENANCE) {
      RecordedOutage segment = current;
      Optional<Instant> edge =
          windows.stream()
              .flatMap(w -> Stream.of(w.from(), w.to()))
              .filter(b -> b.isAfter(segment.from()) && !b.isAfter(until))
              .sorted()
              .filter(b -> causeAt(b, windows).cause() != segment.cause())
              .findFirst();
      if (edge.isEmpty()) {
        return current;
      }
      String why = "split at the edge of an announced maintenance window, " + edge.get();
      outages.close(MONITOR, monitor.customerId(), current.id(), edge.get(), why);
      current = openAt(monitor, edge.get(), windows, why);
    }
    return current;
  }

  private RecordedOutage openAt(
      Monitor monitor, Instant from, List<RecordedOutage> windows, String evidence) {
    Cause cause = causeAt(from, windows);
    String note =
        "monitor "
            + monitor.name()
            + (cause.window().isPresent()
                ? ", during announced maintenance " + cause.window().get().id()
                : "");
    return outages.open(
        MONITOR,
        new Outages.Opening(
            monitor.customerId(),
            monitor.service(),
            from,
            null,
            cause.cause(),
            note,
            cause.window().map(RecordedOutage::announcedAt).orElse(null),
            evidence));
  }

  /** A cause, and the announced window that gives it. */
  private record Cause(OutageCause cause, Optional<RecordedOutage> window) {}

  private static Cause causeAt(Instant at, List<RecordedOutage> windows) {
    return windows.stream()
        .filter(w -> !w.from().isAfter(at) && (w.to() == null || w.to().isAfter(at)))
        .min(Comparator.comparing(RecordedOutage::from))
        .map(w -> new Cause(OutageCause.ANNOUNCED_MAINTENANCE, Optional.of(w)))
        .orElse(new Cause(OutageCause.PROVIDER, Optional.empty()));
  }

  /**
   * The announced maintenance windows of the monitor's service that touch {@code [from, until]}.
   */
  private List<RecordedOutage> windows(Monitor monitor, Instant from, Instant until) {
    return outages.affecting(monitor.customerId(), from, until.plusMillis(1)).stream()
        .filter(o -> o.kind() == OutageKind.MAINTENANCE && o.service().equals(monitor.service()))
        .toList();
  }

  private Optional<RecordedOutage> ongoing(Monitor monitor, String outageId) {
    return outages.ongoing(monitor.customerId(), monitor.service()).stream()
        .filter(o -> o.id().equals(outageId))
        .findFirst();
  }
}
