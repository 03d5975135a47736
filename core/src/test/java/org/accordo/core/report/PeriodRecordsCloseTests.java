package org.accordo.core.report;

import static org.accordo.core.availability.AvailabilityFixtures.MARCH_2026;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.credit.CreditLine;
import org.accordo.core.credit.CreditPolicy;
import org.accordo.core.credit.Money;
import org.accordo.core.credit.RcaBreach;
import org.accordo.core.credit.RcaCredit;
import org.accordo.core.credit.TierStacking;
import org.junit.jupiter.api.Test;

/** How a period's close lists the root cause analyses, credits the late ones and keeps coverage. */
class PeriodRecordsCloseTests {

  // March 2026 in Rome: [2026-02-28T23:00Z, 2026-03-31T22:00Z)
  private static final Instant END = Instant.parse("2026-03-31T22:00:00Z");

  private static final CreditPolicy RCA_RULE =
      new CreditPolicy(
          Money.of("1000.00", "EUR"),
          List.of(new RcaCredit(Optional.empty(), new BigDecimal("0.02"))),
          Optional.empty(),
          Set.of(),
          Optional.empty(),
          Optional.empty(),
          TierStacking.LOWEST_TIER_ONLY);

  private static RcaFact rca(String id, String opened, String due, String delivered) {
    return new RcaFact(
        id,
        List.of("T-" + id),
        "P1",
        Instant.parse(opened),
        Instant.parse(due),
        Optional.ofNullable(delivered).map(Instant::parse));
  }

  private static final List<RcaFact> RCAS =
      List.of(
          // due and delivered in February: not March's
          rca("feb", "2026-02-01T10:00:00Z", "2026-02-05T10:00:00Z", "2026-02-04T10:00:00Z"),
          // delivered in March on time
          rca("ontime", "2026-03-01T10:00:00Z", "2026-03-10T10:00:00Z", "2026-03-09T10:00:00Z"),
          // delivered in March, late: breached in March
          rca("late", "2026-03-02T10:00:00Z", "2026-03-05T10:00:00Z", "2026-03-06T10:00:00Z"),
          // due in March, delivered in April (inside the grace): open at the end, breached in March
          rca("overdue", "2026-03-03T10:00:00Z", "2026-03-20T10:00:00Z", "2026-04-02T10:00:00Z"),
          // due in April, open at March's end, not late then
          rca("april", "2026-03-25T10:00:00Z", "2026-04-08T10:00:00Z", null),
          // opened after March
          rca("may", "2026-05-01T10:00:00Z", "2026-05-08T10:00:00Z", null));

  private static PeriodReport close(PeriodRecords records, Instant asOf) {
    return PeriodClose.close(
        new PeriodInput(
            MARCH_2026,
            List.of(),
            asOf,
            TicketInput.ofClocks(List.of()),
            List.of(),
            List.of(),
            Optional.of(RCA_RULE),
            List.of(),
            records));
  }

  @Test
  void listsTheAnalysesOpenAtThePeriodsEndAndThoseDeliveredInIt() {
    PeriodReport report =
        close(new PeriodRecords(List.of(), RCAS), Instant.parse("2026-04-04T00:00:00Z"));

    assertThat(report.rcas().open()).extracting(RcaFact::rca).containsExactly("overdue", "april");
    assertThat(report.rcas().delivered())
        .extracting(RcaFact::rca)
        .containsExactly("late", "ontime");
    assertThat(report.rcas().open().get(0).isLateAt(END)).isTrue();
    assertThat(report.rcas().open().get(1).isLateAt(END)).isFalse();
  }

  @Test
  void creditsEachAnalysisDueInThePeriodThatPassedItsDueInstantUndelivered() {
    PeriodReport report =
        close(new PeriodRecords(List.of(), RCAS), Instant.parse("2026-04-04T00:00:00Z"));

    CreditLine line = report.credits().orElseThrow().lines().get(0);
    assertThat(report.credits().orElseThrow().lines()).hasSize(1);
    assertThat(line.rcas()).extracting(RcaBreach::rca).containsExactly("late", "overdue");
    assertThat(line.rcas().get(1).breachedAt()).isEqualTo(Instant.parse("2026-03-20T10:00:00Z"));
    // two late RCAs at 2% of 1000.00
    assertThat(report.credits().orElseThrow().total()).isEqualTo(Money.of("40.00", "EUR"));
  }

  @Test
  void aProvisionalReportCreditsOnlyTheDueInstantsAlreadyPassed() {
    PeriodReport report =
        close(new PeriodRecords(List.of(), RCAS), Instant.parse("2026-03-15T00:00:00Z"));

    assertThat(report.credits().orElseThrow().lines().get(0).rcas())
        .extracting(RcaBreach::rca)
        .containsExactly("late");
    // as of 15 March, "april" had not opened yet
    assertThat(report.rcas().open()).extracting(RcaFact::rca).containsExactly("overdue");
  }

  @Test
  void keepsTheMonitorsCoverageByService() {
    ServiceCoverage mail =
        new ServiceCoverage(
            "mail", Duration.ofHours(700), Duration.ofHours(2), Duration.ofHours(43));
    PeriodReport report =
        close(new PeriodRecords(List.of(mail), List.of()), Instant.parse("2026-04-04T00:00:00Z"));

    assertThat(report.coverageOf("mail")).contains(mail);
    assertThat(report.coverageOf("mail").orElseThrow().up()).isEqualTo(Duration.ofHours(698));
    assertThat(report.coverageOf("servers")).isEmpty();
    assertThat(report.rcas().isEmpty()).isTrue();
  }
}
