package org.accordo.core.imports;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * Which clocks an import can measure from what its mapping reads (SLA semantics §3): a ticket list
 * alone tells when a ticket was opened, first answered, resolved and closed, not when it waited for
 * the customer, so its resolution clocks count waiting time, and the clocks that need the replies
 * in between (next reply, periodic update) cannot be measured.
 */
public final class Coverage {

  /** How far a metric's clocks can be trusted. */
  public enum Measure {
    /** Its start, stop and pauses are all read. */
    MEASURED,
    /** Its start and stop are read but not the statuses that pause it: waiting time counts. */
    WITHOUT_PAUSES,
    /** What starts or stops it is not read: its clocks, if any, say nothing true. */
    NOT_MEASURED
  }

  /** One metric's measure and why. */
  public record MetricCoverage(Measure measure, String why) {
    public MetricCoverage {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(why, "why");
    }
  }

  private Coverage() {}

  /** Each metric's measure under {@code mapping}, in the order of {@link Metric}. */
  public static Map<Metric, MetricCoverage> of(ImportMapping mapping) {
    TicketColumns t = mapping.tickets();
    boolean statuses = mapping.history().map(h -> h.records(HistoryAction.STATUS)).orElse(false);
    boolean replies =
        mapping.history().map(h -> h.records(HistoryAction.AGENT_REPLY)).orElse(false);
    boolean customer =
        mapping.history().map(h -> h.records(HistoryAction.CUSTOMER_REPLY)).orElse(false);
    boolean plans = mapping.history().map(h -> h.records(HistoryAction.PLAN)).orElse(false);
    boolean ends = t.resolved().isPresent() || t.closed().isPresent() || statuses;
    Map<Metric, MetricCoverage> coverage = new EnumMap<>(Metric.class);
    coverage.put(
        Metric.FIRST_RESPONSE,
        replies || t.firstResponse().isPresent()
            ? measured("the first public reply is read")
            : notMeasured("no reply is read: the clock runs to the resolution"));
    coverage.put(
        Metric.RESOLUTION_PLAN,
        plans
            ? measured("plans are read from the history")
            : notMeasured("no plan is read: the clock runs to the resolution"));
    coverage.put(
        Metric.NEXT_REPLY,
        customer && replies
            ? measured("customer and agent replies are read from the history")
            : notMeasured("customer replies are not read: no next-reply cycle starts"));
    coverage.put(
        Metric.PERIODIC_UPDATE,
        !replies
            ? notMeasured(
                "only the first reply is known: an update cycle runs from it to the resolution")
            : statuses
                ? measured("replies and statuses are read from the history")
                : withoutPauses("replies are read, statuses are not: waiting time counts"));
    coverage.put(
        Metric.RESOLUTION,
        !ends
            ? notMeasured("no resolution is read: the clock never stops")
            : statuses
                ? measured("status changes are read from the history")
                : withoutPauses("no status history: pauses are unknown, waiting time counts"));
    return coverage;
  }

  private static MetricCoverage measured(String why) {
    return new MetricCoverage(Measure.MEASURED, why);
  }

  private static MetricCoverage withoutPauses(String why) {
    return new MetricCoverage(Measure.WITHOUT_PAUSES, why);
  }

  private static MetricCoverage notMeasured(String why) {
    return new MetricCoverage(Measure.NOT_MEASURED, why);
  }
}
