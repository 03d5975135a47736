package org.accordo.core.report;

import static org.accordo.core.availability.AvailabilityFixtures.MARCH_2026;
import static org.accordo.core.availability.AvailabilityFixtures.closed;
import static org.accordo.core.availability.AvailabilityFixtures.outage;
import static org.accordo.core.availability.AvailabilityFixtures.referenceTerms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.TimeSpan;
import org.accordo.core.clock.ClockState;
import org.accordo.core.credit.CreditFixtures;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.Money;
import org.accordo.core.credit.TierStacking;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;

class PeriodCloseTests {

  // March 2026 in Rome: [2026-02-28T23:00Z, 2026-03-31T22:00Z).

  private static ClockFact clock(
      String ticket,
      Metric metric,
      String priority,
      ClockState state,
      String started,
      String stopped,
      String breached) {
    return new ClockFact(
        ticket,
        "service-desk",
        metric,
        priority,
        "office",
        state,
        Instant.parse(started),
        Optional.ofNullable(stopped).map(Instant::parse),
        Optional.ofNullable(breached).map(Instant::parse),
        Duration.ofHours(1),
        Duration.ofHours(4),
        List.of(),
        List.of());
  }

  private static PeriodReport close(List<ClockFact> clocks) {
    return close(clocks, PeriodRecords.NONE);
  }

  private static PeriodReport close(List<ClockFact> clocks, PeriodRecords records) {
    return PeriodClose.close(
        new PeriodInput(
            MARCH_2026,
            List.of(),
            closed(),
            TicketInput.ofClocks(clocks),
            List.of(new AvailabilitySla("availability", List.of("servers"), referenceTerms())),
            List.of(),
            Optional.of(CreditFixtures.reference(TierStacking.LOWEST_TIER_ONLY)),
            List.of("credits"),
            records));
  }

  @Test
  void aClockBelongsToThePeriodInWhichItStopped() {
    List<ClockFact> clocks =
        List.of(
            // stopped in February (local 28 Feb 23:30): not March's
            clock(
                "T1",
                Metric.RESOLUTION,
                "P2",
                ClockState.MET,
                "2026-02-27T10:00:00Z",
                "2026-02-28T22:30:00Z",
                null),
            // stopped at 1 March 00:00 local exactly: March's
            clock(
                "T2",
                Metric.RESOLUTION,
                "P2",
                ClockState.MET,
                "2026-02-28T10:00:00Z",
                "2026-02-28T23:00:00Z",
                null),
            // started in February, breached and stopped in March
            clock(
                "T3",
                Metric.RESOLUTION,
                "P2",
                ClockState.BREACHED,
                "2026-02-27T10:00:00Z",
                "2026-03-02T10:00:00Z",
                "2026-03-02T08:00:00Z"),
            // stopped at 1 April 00:00 local: April's, so open at March's end
            clock(
                "T4",
                Metric.RESOLUTION,
                "P2",
                ClockState.MET,
                "2026-03-31T10:00:00Z",
                "2026-03-31T22:00:00Z",
                null),
            // still running
            clock(
                "T5",
                Metric.FIRST_RESPONSE,
                "P1",
                ClockState.RUNNING,
                "2026-03-31T21:00:00Z",
                null,
                null),
            // started in April: not in the report at all
            clock(
                "T6",
                Metric.FIRST_RESPONSE,
                "P1",
                ClockState.RUNNING,
                "2026-03-31T22:00:00Z",
                null,
                null));

    PeriodReport report = close(clocks);

    assertThat(report.compliance())
        .containsExactly(new ComplianceRow("service-desk", Metric.RESOLUTION, "P2", 1, 1));
    assertThat(report.compliance().get(0).shareMet())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
    assertThat(report.breaches()).extracting(ClockFact::ticket).containsExactly("T3");
    assertThat(report.open()).extracting(ClockFact::ticket).containsExactly("T4", "T5");
    assertThat(report.closed()).isTrue();
  }

  @Test
  void cancelledClocksAreListedApartAndNeverCounted() {
    PeriodReport report =
        close(
            List.of(
                clock(
                    "T1",
                    Metric.RESOLUTION,
                    "P1",
                    ClockState.CANCELLED,
                    "2026-03-02T10:00:00Z",
                    "2026-03-03T10:00:00Z",
                    null),
                clock(
                    "T2",
                    Metric.RESOLUTION,
                    "P1",
                    ClockState.SUPERSEDED,
                    "2026-03-02T10:00:00Z",
                    "2026-03-02T11:00:00Z",
                    null),
                clock(
                    "T2",
                    Metric.RESOLUTION,
                    "P2",
                    ClockState.MET,
                    "2026-03-02T11:00:00Z",
                    "2026-03-02T12:00:00Z",
                    null)));

    assertThat(report.cancelled()).extracting(ClockFact::ticket).containsExactly("T1");
    // the superseded P1 cycle is not a result; the P2 cycle that replaced it is
    assertThat(report.compliance())
        .containsExactly(new ComplianceRow("service-desk", Metric.RESOLUTION, "P2", 1, 0));
  }

  @Test
  void sharesMetArePerSlaMetricAndPriority() {
    List<ClockFact> clocks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      clocks.add(
          clock(
              "M" + i,
              Metric.FIRST_RESPONSE,
              "P3",
              ClockState.MET,
              "2026-03-02T10:00:00Z",
              "2026-03-02T11:00:00Z",
              null));
    }
    clocks.add(
        clock(
            "B",
            Metric.FIRST_RESPONSE,
            "P3",
            ClockState.BREACHED,
            "2026-03-02T10:00:00Z",
            "2026-03-02T16:00:00Z",
            "2026-03-02T14:00:00Z"));
    clocks.add(
        clock(
            "R",
            Metric.RESOLUTION,
            "P3",
            ClockState.MET,
            "2026-03-02T10:00:00Z",
            "2026-03-02T16:00:00Z",
            null));

    PeriodReport report = close(clocks);

    // first_response is declared before resolution
    assertThat(report.compliance())
        .containsExactly(
            new ComplianceRow("service-desk", Metric.FIRST_RESPONSE, "P3", 3, 1),
            new ComplianceRow("service-desk", Metric.RESOLUTION, "P3", 1, 0));
    assertThat(report.compliance().get(0).shareMet())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.75"));
  }

  @Test
  void aClockThatAnExclusionKeptWithinTargetEarnsNoCreditAndIsListedWithItsReason() {
    // Resolution P1, 4 h: created 10:00Z, resolved 15:00Z, 13:00Z-14:30Z excluded -> 3.5 h counted:
    // met.
    ClockExclusion exclusion =
        new ClockExclusion(
            new TimeSpan(
                Instant.parse("2026-03-02T13:00:00Z"), Instant.parse("2026-03-02T14:30:00Z")),
            "customer's power cut");
    ClockFact met =
        new ClockFact(
            "T1",
            "service-desk",
            Metric.RESOLUTION,
            "P1",
            "always",
            ClockState.MET,
            Instant.parse("2026-03-02T10:00:00Z"),
            Optional.of(Instant.parse("2026-03-02T15:00:00Z")),
            Optional.empty(),
            Duration.ofMinutes(210),
            Duration.ofHours(4),
            List.of(exclusion),
            List.of());
    ClockFact breached =
        clock(
            "T2",
            Metric.RESOLUTION,
            "P1",
            ClockState.BREACHED,
            "2026-03-05T10:00:00Z",
            "2026-03-05T15:00:00Z",
            "2026-03-05T14:00:00Z");

    PeriodReport report = close(List.of(met, breached));

    CreditStatement credits = report.credits().orElseThrow();
    assertThat(credits.lines())
        .singleElement()
        .satisfies(
            line -> assertThat(line.breaches()).extracting(b -> b.ticket()).containsExactly("T2"));
    // 2% of 2400.00 for T2 alone
    assertThat(credits.total()).isEqualTo(Money.of("48.00", "EUR"));
    assertThat(report.withExclusions()).extracting(ClockFact::ticket).containsExactly("T1");
  }

  @Test
  void creditsTheAvailabilityTierAndTheBreachesTogether() {
    PeriodReport report =
        PeriodClose.close(
            new PeriodInput(
                MARCH_2026,
                List.of(),
                closed(),
                TicketInput.ofClocks(
                    List.of(
                        clock(
                            "T1",
                            Metric.RESOLUTION,
                            "P1",
                            ClockState.BREACHED,
                            "2026-03-05T10:00:00Z",
                            "2026-03-05T15:00:00Z",
                            "2026-03-05T14:00:00Z"))),
                List.of(new AvailabilitySla("availability", List.of("servers"), referenceTerms())),
                // 3 h down out of 743 h: 99.596%, below 99.9% only
                List.of(
                    outage("2026-03-10T09:00:00Z", "2026-03-10T12:00:00Z", OutageCause.PROVIDER)),
                Optional.of(CreditFixtures.reference(TierStacking.LOWEST_TIER_ONLY)),
                List.of(),
                PeriodRecords.NONE));

    assertThat(report.availability())
        .singleElement()
        .satisfies(row -> assertThat(row.result().downtime()).isEqualTo(Duration.ofHours(3)));
    // 5% + 2% of 2400.00
    assertThat(report.credits().orElseThrow().total()).isEqualTo(Money.of("168.00", "EUR"));
  }

  @Test
  void aReportBeforeThePeriodsEndIsProvisional() {
    PeriodReport report =
        PeriodClose.close(
            new PeriodInput(
                MARCH_2026,
                List.of(),
                Instant.parse("2026-03-15T12:00:00Z"),
                TicketInput.ofClocks(List.of()),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                PeriodRecords.NONE));

    assertThat(report.closed()).isFalse();
    assertThat(report.credits()).isEmpty();
  }
}
