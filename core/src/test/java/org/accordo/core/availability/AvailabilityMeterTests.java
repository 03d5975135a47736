package org.accordo.core.availability;

import static org.accordo.core.availability.AvailabilityFixtures.APRIL_2026;
import static org.accordo.core.availability.AvailabilityFixtures.MARCH_2026;
import static org.accordo.core.availability.AvailabilityFixtures.REFERENCE_EXCLUSIONS;
import static org.accordo.core.availability.AvailabilityFixtures.closed;
import static org.accordo.core.availability.AvailabilityFixtures.outage;
import static org.accordo.core.availability.AvailabilityFixtures.referenceTerms;
import static org.accordo.core.availability.AvailabilityFixtures.sundayMaintenance;
import static org.accordo.core.availability.OutageCause.ANNOUNCED_MAINTENANCE;
import static org.accordo.core.availability.OutageCause.CUSTOMER_CAUSED;
import static org.accordo.core.availability.OutageCause.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.OpeningHours;
import org.junit.jupiter.api.Test;

class AvailabilityMeterTests {

  private static ServiceAvailability march(Outage... outages) {
    return AvailabilityMeter.measure(
        "servers", referenceTerms(), MARCH_2026, List.of(outages), closed());
  }

  @Test
  void marchInRomeHas743HoursAndA999BudgetOf44Minutes34Point8Seconds() {
    ServiceAvailability result = march();

    // 31 days x 24 h, less the hour lost when the clocks went forward on 29 March.
    assertThat(result.measured()).isEqualTo(Duration.ofHours(743));
    // 0.001 x 2,674,800 s = 2,674.8 s
    assertThat(result.month().allowed()).isEqualTo(Duration.ofMinutes(44).plusMillis(34_800));
    assertThat(result.availability()).isEqualByComparingTo(BigDecimal.ONE);
  }

  @Test
  void mergesOverlappingOutagesSoNoInstantCountsTwice() {
    ServiceAvailability result =
        march(
            outage("2026-03-10T09:00:00Z", "2026-03-10T10:00:00Z", PROVIDER),
            outage("2026-03-10T09:30:00Z", "2026-03-10T11:00:00Z", PROVIDER),
            outage("2026-03-10T09:40:00Z", "2026-03-10T09:50:00Z", PROVIDER));

    // 09:00 to 11:00: two hours, not 2h40m.
    assertThat(result.downtime()).isEqualTo(Duration.ofHours(2));
    assertThat(result.downtimeSpans())
        .containsExactly(
            new TimeSpan(
                Instant.parse("2026-03-10T09:00:00Z"), Instant.parse("2026-03-10T11:00:00Z")));
    assertThat(result.downtimeOutages()).hasSize(3);
    // 2,674,800 s of budget less 7,200 s used
    assertThat(result.month().left()).isEqualTo(Duration.ofMillis(2_674_800 - 7_200_000));
  }

  @Test
  void countsOnlyTheOverrunOfAnnouncedMaintenanceOutsideItsWindow() {
    // Sunday 8 March, window 02:00-04:00 CET = 01:00Z-03:00Z; the work ran to 05:15 CET.
    ServiceAvailability result =
        march(outage("2026-03-08T01:30:00Z", "2026-03-08T04:15:00Z", ANNOUNCED_MAINTENANCE));

    assertThat(result.downtime()).isEqualTo(Duration.ofMinutes(75));
    assertThat(result.excluded()).isEqualTo(Duration.ofMinutes(90));
    assertThat(result.measured()).isEqualTo(Duration.ofHours(743));
  }

  @Test
  void maintenanceAnnouncedWithTheContractsNoticeIsExcludedInsideItsWindow() {
    // The reference terms require 5 days of notice; announced on Monday 2 March for Sunday 8 March.
    Outage announced =
        outage("2026-03-08T01:30:00Z", "2026-03-08T02:30:00Z", ANNOUNCED_MAINTENANCE)
            .announcedAt(Instant.parse("2026-03-02T09:00:00Z"));

    ServiceAvailability result = march(announced);

    assertThat(result.excluded()).isEqualTo(Duration.ofHours(1));
    assertThat(result.downtime()).isZero();
  }

  @Test
  void maintenanceAnnouncedLateIsDowntimeEvenInsideItsWindow() {
    // Announced on Thursday 5 March at 09:00Z: 3 days before, short of the 5 days required.
    Outage late =
        outage("2026-03-08T01:30:00Z", "2026-03-08T02:30:00Z", ANNOUNCED_MAINTENANCE)
            .announcedAt(Instant.parse("2026-03-05T09:00:00Z"));

    ServiceAvailability result = march(late);

    assertThat(result.excluded()).isZero();
    assertThat(result.downtime()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void noticeCountsBackFromTheOutagesStartToTheMillisecond() {
    Instant start = Instant.parse("2026-03-08T01:30:00Z");
    Outage exactlyOnTime =
        outage("2026-03-08T01:30:00Z", "2026-03-08T02:00:00Z", ANNOUNCED_MAINTENANCE)
            .announcedAt(start.minus(Duration.ofDays(5)));
    Outage oneMilliLate = exactlyOnTime.announcedAt(start.minus(Duration.ofDays(5)).plusMillis(1));

    assertThat(march(exactlyOnTime).downtime()).isZero();
    assertThat(march(oneMilliLate).downtime()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aWindowOnTheNightTheClocksGoForwardIsOneHourLong() {
    // Sunday 29 March: 02:00 local does not exist and moves to 03:00 CEST = 01:00Z; 04:00 CEST =
    // 02:00Z.
    ServiceAvailability result =
        march(outage("2026-03-29T00:30:00Z", "2026-03-29T03:00:00Z", ANNOUNCED_MAINTENANCE));

    assertThat(result.excluded()).isEqualTo(Duration.ofHours(1));
    assertThat(result.downtime()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void announcedMaintenanceIsDowntimeWhenTheContractDoesNotExcludeIt() {
    AvailabilityTerms terms =
        new AvailabilityTerms(
            sundayMaintenance("0.999"), OpenTime.always(), Set.of(CUSTOMER_CAUSED));
    ServiceAvailability result =
        AvailabilityMeter.measure(
            "servers",
            terms,
            MARCH_2026,
            List.of(outage("2026-03-08T01:30:00Z", "2026-03-08T02:00:00Z", ANNOUNCED_MAINTENANCE)),
            closed());

    assertThat(result.downtime()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aCustomerCausedOutageTakesItsTimeOutOfAnOverlappingProviderOutage() {
    ServiceAvailability result =
        march(
            outage("2026-03-12T14:00:00Z", "2026-03-12T16:00:00Z", PROVIDER),
            outage("2026-03-12T15:00:00Z", "2026-03-12T17:00:00Z", CUSTOMER_CAUSED));

    // 14:00-15:00 is the provider's alone; 15:00-17:00 is covered by an excluded outage.
    assertThat(result.downtime()).isEqualTo(Duration.ofHours(1));
    assertThat(result.excluded()).isEqualTo(Duration.ofHours(2));
    assertThat(result.downtimeOutages()).extracting(Outage::cause).containsExactly(PROVIDER);
    assertThat(result.excludedOutages()).extracting(Outage::cause).containsExactly(CUSTOMER_CAUSED);
  }

  @Test
  void splitsAnOutageSpanningTwoMonthsAtMidnightInTheContractsZone() {
    // 31 March 23:30 CEST to 1 April 02:30 CEST; April starts at 2026-03-31T22:00Z.
    Outage acrossMidnight = outage("2026-03-31T21:30:00Z", "2026-04-01T00:30:00Z", PROVIDER);

    ServiceAvailability march = march(acrossMidnight);
    ServiceAvailability april =
        AvailabilityMeter.measure(
            "servers", referenceTerms(), APRIL_2026, List.of(acrossMidnight), closed());

    assertThat(march.downtime()).isEqualTo(Duration.ofMinutes(30));
    assertThat(april.downtime()).isEqualTo(Duration.ofMinutes(150));
    assertThat(april.measured()).isEqualTo(Duration.ofHours(720));
  }

  @Test
  void countsOnlyDowntimeInsideTheCalendarsOpenTime() {
    // A calendar open 08:00Z-17:00Z on 10 March only.
    TimeSpan open =
        new TimeSpan(Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-10T17:00:00Z"));
    OpenTime oneDay = range -> open.overlaps(range) ? List.of(open) : List.of();
    AvailabilityTerms terms =
        new AvailabilityTerms(sundayMaintenance("0.999"), oneDay, REFERENCE_EXCLUSIONS);

    ServiceAvailability result =
        AvailabilityMeter.measure(
            "servers",
            terms,
            MARCH_2026,
            List.of(outage("2026-03-10T16:00:00Z", "2026-03-10T20:00:00Z", PROVIDER)),
            closed());

    assertThat(result.measured()).isEqualTo(Duration.ofHours(9));
    assertThat(result.downtime()).isEqualTo(Duration.ofHours(1));
    // 1 - 1/9
    assertThat(result.availability()).isEqualByComparingTo("0.8888888888888889");
  }

  @Test
  void ignoresOutagesOfOtherServices() {
    ServiceAvailability result =
        AvailabilityMeter.measure(
            "servers",
            referenceTerms(),
            MARCH_2026,
            List.of(
                Outage.of(
                    "backup",
                    Instant.parse("2026-03-10T09:00:00Z"),
                    Instant.parse("2026-03-10T10:00:00Z"),
                    PROVIDER,
                    "")),
            closed());

    assertThat(result.downtime()).isZero();
  }

  @Test
  void burnRateCompareDowntimeSoFarWithTheBudgetForTheTimeElapsed() {
    // As of 11 March 00:00 Rome (23:00Z on the 10th): 240 h measured so far, 2 h down.
    Instant asOf = Instant.parse("2026-03-10T23:00:00Z");
    ServiceAvailability result =
        AvailabilityMeter.measure(
            "servers",
            referenceTerms(),
            MARCH_2026,
            List.of(
                outage("2026-03-10T09:00:00Z", "2026-03-10T11:00:00Z", PROVIDER),
                outage("2026-03-20T09:00:00Z", "2026-03-20T11:00:00Z", PROVIDER)),
            asOf);

    assertThat(result.measuredSoFar()).isEqualTo(Duration.ofHours(240));
    assertThat(result.downtime()).isEqualTo(Duration.ofHours(2));
    // (2 / 240) / 0.001
    assertThat(result.burnRate())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("8.333333333333333"));
  }

  @Test
  void aBurnRateOfOneSpendsTheBudgetExactlyByThePeriodsEnd() {
    // 2,674.8 s of downtime over the whole of March is exactly the budget.
    ServiceAvailability result =
        march(outage("2026-03-10T09:00:00Z", "2026-03-10T09:44:34.800Z", PROVIDER));

    assertThat(result.burnRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1"));
    assertThat(result.month().left()).isZero();
    assertThat(result.availability()).isEqualByComparingTo("0.999");
    assertThat(result.isBelow(new BigDecimal("0.999"))).isFalse();
  }

  @Test
  void oneMillisecondOverTheBudgetIsBelowTheTarget() {
    ServiceAvailability result =
        march(outage("2026-03-10T09:00:00Z", "2026-03-10T09:44:34.801Z", PROVIDER));

    assertThat(result.isBelow(new BigDecimal("0.999"))).isTrue();
  }

  @Test
  void theYearBudgetCoversTheCalendarYearAndCountsItsDowntimeToDate() {
    ServiceAvailability result =
        march(
            outage("2026-01-15T09:00:00Z", "2026-01-15T10:00:00Z", PROVIDER),
            outage("2026-03-10T09:00:00Z", "2026-03-10T09:30:00Z", PROVIDER),
            outage("2026-05-10T09:00:00Z", "2026-05-10T10:00:00Z", PROVIDER));

    // 2026 in Rome is 8,760 h (the DST hours cancel out): 0.001 x 31,536,000 s = 31,536 s.
    assertThat(result.year().allowed()).isEqualTo(Duration.ofSeconds(31_536));
    // January and March so far; May is after the period.
    assertThat(result.year().used()).isEqualTo(Duration.ofMinutes(90));
    assertThat(result.month().used()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void fiveNinesOfA365DayYearAllowFiveMinutes15Point36Seconds() {
    AvailabilityTerms terms =
        new AvailabilityTerms(sundayMaintenance("0.99999"), OpenTime.always(), Set.of());
    SlaPeriod june = new SlaPeriod(YearMonth.of(2026, 6), ZoneId.of("UTC"));

    ServiceAvailability result =
        AvailabilityMeter.measure("servers", terms, june, List.of(), closed());

    assertThat(result.year().allowed()).isEqualTo(Duration.ofMillis(315_360));
  }

  @Test
  void onABusinessCalendarMeasuresItsOpenHoursOnly() {
    // Mon-Fri 09:00-18:00 Rome, no holidays: 22 weekdays in March 2026; 9 h each.
    BusinessCalendar office =
        BusinessCalendar.builder(AvailabilityFixtures.ROME)
            .hours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(OpeningHours.parse("09:00-18:00")))
            .build();
    AvailabilityTerms terms =
        new AvailabilityTerms(sundayMaintenance("0.99"), OpenTime.of(office), REFERENCE_EXCLUSIONS);

    // Friday 13 March 17:00 CET to Monday 16 March 10:00 CET: 1 h on Friday, 1 h on Monday.
    ServiceAvailability result =
        AvailabilityMeter.measure(
            "servers",
            terms,
            MARCH_2026,
            List.of(outage("2026-03-13T16:00:00Z", "2026-03-16T09:00:00Z", PROVIDER)),
            closed());

    assertThat(result.measured()).isEqualTo(Duration.ofHours(22 * 9));
    assertThat(result.downtime()).isEqualTo(Duration.ofHours(2));
  }
}
