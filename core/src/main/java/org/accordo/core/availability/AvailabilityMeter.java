package org.accordo.core.availability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Measures a service's availability over a period (SLA semantics §5): measured time {@code T} is
 * open time of the availability calendar in the period; downtime {@code D} is open time covered by
 * some outage and by no excluded outage, overlapping outages merged so that no instant counts
 * twice; an {@code announced_maintenance} outage is excluded only where it lies inside a
 * maintenance window, so its overrun is downtime, and only if it was announced with the notice the
 * contract requires (when its announcement is recorded). Outages are cut at the period's bounds and
 * at {@code asOf}.
 */
public final class AvailabilityMeter {

  private AvailabilityMeter() {}

  /**
   * @param service the service to measure; outages of other services are ignored
   * @param terms the SLA's availability terms
   * @param period the period
   * @param outages the outages known, of any service and any time
   * @param asOf the instant up to which downtime is counted; later than the period's end means the
   *     period is closed
   */
  public static ServiceAvailability measure(
      String service,
      AvailabilityTerms terms,
      SlaPeriod period,
      List<Outage> outages,
      Instant asOf) {
    List<Outage> ofService =
        outages.stream()
            .filter(o -> o.service().equals(service))
            .sorted(Comparator.comparing(Outage::from).thenComparing(Outage::to))
            .toList();
    TimeSpan whole = period.span();
    Instant cut =
        asOf.isAfter(whole.endExclusive())
            ? whole.endExclusive()
            : max(asOf, whole.startInclusive());
    TimeSpan soFar = new TimeSpan(whole.startInclusive(), cut);
    TimeSpan yearSoFar = new TimeSpan(period.year().startInclusive(), cut);
    IntervalSet openSoFar = open(terms, soFar);
    Downtime month = Downtime.within(soFar, ofService, terms);
    long downtime = month.downtime.intersect(openSoFar).totalMillis();
    long yearDowntime =
        Downtime.within(yearSoFar, ofService, terms)
            .downtime
            .intersect(open(terms, yearSoFar))
            .totalMillis();
    long measured = open(terms, whole).totalMillis();
    long yearMeasured = open(terms, period.year()).totalMillis();
    BigDecimal allowedShare = terms.policy().allowedDowntimeShare();
    return new ServiceAvailability(
        service,
        period,
        terms.policy().target(),
        cut,
        Duration.ofMillis(measured),
        Duration.ofMillis(openSoFar.totalMillis()),
        Duration.ofMillis(downtime),
        Duration.ofMillis(month.excluded.intersect(openSoFar).totalMillis()),
        DowntimeBudget.of(allowedShare, measured, downtime),
        DowntimeBudget.of(allowedShare, yearMeasured, yearDowntime),
        month.downtime.spans(),
        month.touching(month.downtime, openSoFar),
        month.touching(month.excluded, openSoFar).stream()
            .filter(o -> terms.exclusions().contains(o.cause()))
            .toList());
  }

  private static IntervalSet open(AvailabilityTerms terms, TimeSpan range) {
    return IntervalSet.of(terms.openTime().openIntervals(range));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The downtime and excluded time of a service's outages inside one range. */
  private record Downtime(IntervalSet downtime, IntervalSet excluded, List<Outage> outages) {

    static Downtime within(TimeSpan range, List<Outage> outages, AvailabilityTerms terms) {
      IntervalSet bounds = IntervalSet.of(range);
      List<TimeSpan> down = new ArrayList<>();
      List<TimeSpan> excluded = new ArrayList<>();
      List<Outage> inRange = new ArrayList<>();
      IntervalSet windows = windows(range, terms.policy().maintenance());
      for (Outage outage : outages) {
        if (!outage.span().overlaps(range)) {
          continue;
        }
        inRange.add(outage);
        down.add(outage.span());
        if (outage.cause() == OutageCause.ANNOUNCED_MAINTENANCE
            && terms.exclusions().contains(outage.cause())) {
          if (outage.announcedWithin(terms.policy().maintenance().notice())) {
            excluded.addAll(IntervalSet.of(outage.span()).intersect(windows).spans());
          }
        } else if (terms.exclusions().contains(outage.cause())) {
          excluded.add(outage.span());
        }
      }
      IntervalSet excludedSet = IntervalSet.of(excluded).intersect(bounds);
      IntervalSet downSet = IntervalSet.of(down).intersect(bounds).minus(excludedSet);
      return new Downtime(downSet, excludedSet, inRange);
    }

    private static IntervalSet windows(TimeSpan range, MaintenancePolicy maintenance) {
      List<TimeSpan> occurrences = new ArrayList<>();
      maintenance.windows().forEach(w -> occurrences.addAll(w.occurrences(range)));
      return IntervalSet.of(occurrences);
    }

    /** The outages that share open time with {@code set}. */
    List<Outage> touching(IntervalSet set, IntervalSet openTime) {
      IntervalSet openSet = set.intersect(openTime);
      return outages.stream().filter(o -> openSet.overlaps(o.span())).toList();
    }
  }
}
