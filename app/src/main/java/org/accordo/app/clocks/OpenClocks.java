package org.accordo.app.clocks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.accordo.app.security.Caller;
import org.accordo.core.policy.Metric;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clocks that are counting now (running or breached, not stopped), soonest due first, across
 * the customers the caller may see, and the breaches recorded in a period: what the SLA board
 * reads, through this facade rather than the {@code clock} table.
 */
@Service
public class OpenClocks {

  /**
   * Which open clocks to list; a null field does not filter.
   *
   * @param customerId only this customer's
   * @param priority only clocks running under this priority
   * @param metric only this metric
   * @param dueBefore only clocks due at or before this instant
   */
  public record Filter(String customerId, String priority, Metric metric, Instant dueBefore) {}

  /**
   * A slice of the list.
   *
   * @param offset how many clocks to skip, 0 or more
   * @param limit how many to answer, 1 to 500
   */
  public record Slice(long offset, int limit) {

    public Slice {
      if (offset < 0) {
        throw new IllegalArgumentException("a slice's offset is 0 or more, was " + offset);
      }
      if (limit < 1 || limit > 500) {
        throw new IllegalArgumentException("a slice's limit is 1 to 500, was " + limit);
      }
    }
  }

  private final OpenClockRepository clocks;

  OpenClocks(OpenClockRepository clocks) {
    this.clocks = clocks;
  }

  /**
   * The open clocks that {@code filter} keeps, soonest due first (then by ticket, metric and
   * cycle), limited to the caller's customer for a customer user.
   */
  @Transactional(readOnly = true)
  public List<OpenClock> list(Caller caller, Filter filter, Slice slice) {
    Objects.requireNonNull(filter, "filter");
    String scope = caller.customerScope().orElse(filter.customerId());
    if (filter.customerId() != null && !caller.sees(filter.customerId())) {
      return List.of();
    }
    return clocks.open(
        new Filter(scope, filter.priority(), filter.metric(), filter.dueBefore()), slice);
  }

  /**
   * The breaches recorded with instants in {@code [fromInclusive, untilExclusive)}, counted per
   * customer the caller may see (customers without any are absent).
   */
  @Transactional(readOnly = true)
  public Map<String, Long> breachesPerCustomer(
      Caller caller, Instant fromInclusive, Instant untilExclusive) {
    return clocks.breaches(caller.customerScope().orElse(null), fromInclusive, untilExclusive);
  }
}
