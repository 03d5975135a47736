package org.accordo.core.credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.AvailabilityFixtures;
import org.accordo.core.availability.AvailabilityMeter;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.policy.Metric;

/** The reference contract's credit terms and ways to build the inputs of an evaluation. */
public final class CreditFixtures {

  private CreditFixtures() {}

  public static CreditPolicy reference(TierStacking stacking) {
    List<CreditRule> rules =
        List.of(
            new AvailabilityTier(new BigDecimal("0.999"), new BigDecimal("0.05")),
            new AvailabilityTier(new BigDecimal("0.995"), new BigDecimal("0.10")),
            new AvailabilityTier(new BigDecimal("0.990"), new BigDecimal("0.25")),
            new BreachCredit(Metric.RESOLUTION, Optional.of("P1"), new BigDecimal("0.02")));
    return new CreditPolicy(
        Money.of("2400.00", "EUR"),
        rules,
        Optional.of(new BigDecimal("0.30")),
        AvailabilityFixtures.REFERENCE_EXCLUSIONS,
        Optional.of(Duration.ofDays(30)),
        Optional.of("discount on the next month's invoice"),
        stacking);
  }

  /**
   * The servers' March 2026 availability after one provider outage of {@code millis} from 10 March.
   */
  public static ServiceAvailability marchWithDowntime(long millis) {
    Instant from = Instant.parse("2026-03-10T00:00:00Z");
    Outage outage =
        Outage.of("servers", from, from.plusMillis(millis), OutageCause.PROVIDER, "switch failure");
    return AvailabilityMeter.measure(
        "servers",
        AvailabilityFixtures.referenceTerms(),
        AvailabilityFixtures.MARCH_2026,
        List.of(outage),
        AvailabilityFixtures.closed());
  }

  /** {@code count} breaches of {@code metric} at {@code priority}, an hour apart from 2 March. */
  public static List<Breach> breaches(int count, Metric metric, String priority) {
    List<Breach> breaches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      breaches.add(
          new Breach(
              "T-" + priority + "-" + i,
              "service-desk",
              metric,
              priority,
              Instant.parse("2026-03-02T10:00:00Z").plus(Duration.ofHours(i))));
    }
    return breaches;
  }
}
