package org.accordo.core.availability;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The reference contract's availability SLA: 99.9% on 24x7, Sunday 02:00-04:00 Rome maintenance.
 */
public final class AvailabilityFixtures {

  public static final ZoneId ROME = ZoneId.of("Europe/Rome");
  public static final SlaPeriod MARCH_2026 = new SlaPeriod(YearMonth.of(2026, 3), ROME);
  public static final SlaPeriod APRIL_2026 = new SlaPeriod(YearMonth.of(2026, 4), ROME);
  public static final Set<OutageCause> REFERENCE_EXCLUSIONS =
      EnumSet.of(
          OutageCause.CUSTOMER_CAUSED,
          OutageCause.OUTSIDE_PROVIDER_CONTROL,
          OutageCause.ANNOUNCED_MAINTENANCE);

  private AvailabilityFixtures() {}

  public static AvailabilityPolicy sundayMaintenance(String target) {
    MaintenanceWindow window =
        new MaintenanceWindow(
            EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 0), LocalTime.of(4, 0), ROME);
    return new AvailabilityPolicy(
        new BigDecimal(target),
        "always",
        AvailabilityPeriod.MONTH,
        new MaintenancePolicy(List.of(window), Duration.ofDays(5)));
  }

  public static AvailabilityTerms referenceTerms() {
    return new AvailabilityTerms(
        sundayMaintenance("0.999"), OpenTime.always(), REFERENCE_EXCLUSIONS);
  }

  public static Outage outage(String from, String to, OutageCause cause) {
    return Outage.of("servers", Instant.parse(from), Instant.parse(to), cause, "");
  }

  /** After every period of interest: the period is closed. */
  public static Instant closed() {
    return Instant.parse("2027-06-01T00:00:00Z");
  }
}
