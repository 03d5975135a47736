package org.accordo.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.clock.ClockState;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractFixtures;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.Money;
import org.accordo.core.report.MonthOfTickets.ExpectedClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference contract closed for a generated March 2026: every number of the report is
 * recomputed here another way — clock outcomes known by construction, downtime by looking at every
 * minute of the month, credits by plain arithmetic on those.
 */
class ContractCloseTests {

  private static Contract contract;
  private static SlaPeriod march;
  private static MonthOfTickets month;
  private static PeriodReport report;

  @BeforeAll
  static void closeMarch() {
    contract = ContractFixtures.bianchiContract();
    march = ContractClose.period(contract, YearMonth.of(2026, 3));
    month = new MonthOfTickets(contract.calendars(), 20260301L, 600, 40);
    report = ContractClose.close(contract, march, month.tickets, month.outages, MonthOfTickets.NOW);
  }

  private static boolean inMarch(Instant instant) {
    return !instant.isBefore(march.startInclusive()) && instant.isBefore(march.endExclusive());
  }

  private static List<ExpectedClock> decidedInMarch() {
    return month.expected.stream()
        .filter(c -> c.state().equals("met") || c.state().equals("breached"))
        .filter(c -> inMarch(c.stoppedAt().orElseThrow()))
        .toList();
  }

  @Test
  void theContractsZoneMakesMarchStartAtRomeMidnight() {
    assertThat(march.startInclusive()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
    assertThat(march.endExclusive()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(report.closed()).isTrue();
  }

  @Test
  void complianceCountsTheClocksThatStoppedInMarch() {
    Map<String, int[]> expected = new TreeMap<>();
    for (ExpectedClock clock : decidedInMarch()) {
      int[] counts =
          expected.computeIfAbsent(clock.metric().id() + " " + clock.priority(), k -> new int[2]);
      counts[clock.state().equals("met") ? 0 : 1]++;
    }
    Map<String, int[]> actual = new TreeMap<>();
    for (ComplianceRow row : report.compliance()) {
      assertThat(row.sla()).isEqualTo("service-desk");
      actual.put(row.metric().id() + " " + row.priority(), new int[] {row.met(), row.breached()});
    }

    assertThat(actual).containsOnlyKeys(expected.keySet().toArray(String[]::new));
    expected.forEach((key, counts) -> assertThat(actual.get(key)).as(key).containsExactly(counts));
    assertThat(expected).hasSizeGreaterThan(8);
  }

  @Test
  void breachesOpenAndCancelledClocksAreTheOnesTheRulesPlaceInMarch() {
    List<String> breaches =
        decidedInMarch().stream()
            .filter(c -> c.state().equals("breached"))
            .map(c -> c.ticket() + " " + c.metric())
            .sorted()
            .toList();
    List<String> open =
        month.expected.stream()
            .filter(c -> !c.state().equals("cancelled"))
            .filter(c -> c.startedAt().isBefore(march.endExclusive()))
            .filter(c -> c.stoppedAt().map(s -> !s.isBefore(march.endExclusive())).orElse(true))
            .map(c -> c.ticket() + " " + c.metric())
            .sorted()
            .toList();
    List<String> cancelled =
        month.expected.stream()
            .filter(c -> c.state().equals("cancelled") && inMarch(c.stoppedAt().orElseThrow()))
            .map(c -> c.ticket() + " " + c.metric())
            .sorted()
            .toList();

    assertThat(report.breaches().stream().map(c -> c.ticket() + " " + c.metric()).sorted().toList())
        .isEqualTo(breaches);
    assertThat(report.open().stream().map(c -> c.ticket() + " " + c.metric()).sorted().toList())
        .isEqualTo(open);
    assertThat(
            report.cancelled().stream().map(c -> c.ticket() + " " + c.metric()).sorted().toList())
        .isEqualTo(cancelled);
    assertThat(open).isNotEmpty();
    assertThat(cancelled).isNotEmpty();
  }

  @Test
  void downtimeIsWhatAMinuteByMinuteLookAtMarchFinds() {
    ZoneId rome = ZoneId.of("Europe/Rome");
    long minutes = 0;
    long down = 0;
    long excluded = 0;
    for (Instant m = march.startInclusive();
        m.isBefore(march.endExclusive());
        m = m.plusSeconds(60)) {
      minutes++;
      ZonedDateTime local = m.atZone(rome);
      boolean inWindow =
          local.getDayOfWeek() == DayOfWeek.SUNDAY
              && !local.toLocalTime().isBefore(LocalTime.of(2, 0))
              && local.toLocalTime().isBefore(LocalTime.of(4, 0));
      boolean covered = false;
      boolean isExcluded = false;
      for (Outage o : month.outages) {
        if (o.service().equals("servers") && !m.isBefore(o.from()) && m.isBefore(o.to())) {
          covered = true;
          isExcluded |=
              o.cause() == OutageCause.CUSTOMER_CAUSED
                  || o.cause() == OutageCause.OUTSIDE_PROVIDER_CONTROL
                  || (o.cause() == OutageCause.ANNOUNCED_MAINTENANCE && inWindow);
        }
      }
      down += covered && !isExcluded ? 1 : 0;
      excluded += isExcluded ? 1 : 0;
    }
    ServiceAvailability servers = report.availability().get(0).result();

    assertThat(report.availability()).hasSize(1);
    assertThat(servers.service()).isEqualTo("servers");
    assertThat(servers.measured())
        .isEqualTo(Duration.ofMinutes(minutes))
        .isEqualTo(Duration.ofHours(743));
    assertThat(servers.downtime()).isEqualTo(Duration.ofMinutes(down));
    assertThat(servers.excluded()).isEqualTo(Duration.ofMinutes(excluded));
    assertThat(servers.month().left())
        .isEqualTo(Duration.ofMillis(minutes * 60_000 / 1000).minus(Duration.ofMinutes(down)));
    assertThat(down).isPositive();
  }

  @Test
  void creditsAreTheTierAndTheP1ResolutionBreachesCappedAt30Percent() {
    ServiceAvailability servers = report.availability().get(0).result();
    long down = servers.downtime().toMinutes();
    long measured = 743 * 60;
    // availability below a threshold t  <=>  down / measured > 1 - t
    BigDecimal tier = BigDecimal.ZERO;
    if (down * 100 > measured) {
      tier = new BigDecimal("0.25");
    } else if (down * 200 > measured) {
      tier = new BigDecimal("0.10");
    } else if (down * 1000 > measured) {
      tier = new BigDecimal("0.05");
    }
    long p1Breaches =
        decidedInMarch().stream()
            .filter(
                c ->
                    c.state().equals("breached")
                        && c.metric().id().equals("resolution")
                        && c.priority().equals("P1"))
            .count();
    BigDecimal share =
        tier.add(new BigDecimal("0.02").multiply(BigDecimal.valueOf(p1Breaches)))
            .min(new BigDecimal("0.30"));
    Money expected =
        new Money(
            new BigDecimal("2400.00").multiply(share).setScale(2, RoundingMode.HALF_EVEN), "EUR");

    CreditStatement credits = report.credits().orElseThrow();

    assertThat(credits.total()).isEqualTo(expected);
    assertThat(p1Breaches).isPositive();
  }

  @Test
  void anExclusionThatKeptAResolutionWithinTargetIsListedAndEarnsNothing() {
    List<String> excludedTickets =
        report.withExclusions().stream().map(ClockFact::ticket).distinct().toList();
    List<String> creditedTickets =
        report.credits().orElseThrow().lines().stream()
            .flatMap(l -> l.breaches().stream())
            .map(b -> b.ticket())
            .toList();

    assertThat(excludedTickets).isNotEmpty();
    assertThat(report.withExclusions())
        .allSatisfy(
            c -> {
              assertThat(c.state()).isEqualTo(ClockState.MET);
              assertThat(c.exclusions())
                  .extracting(ClockExclusion::reason)
                  .containsExactly("customer's site without power");
            });
    assertThat(creditedTickets).doesNotContainAnyElementsOf(excludedTickets);
  }

  @Test
  void refusesAPeriodOutsideTheEffectiveDates() {
    // bianchi-2026 is in force from 2026-01-01 to 2027-12-31
    assertThatThrownBy(() -> ContractClose.period(contract, YearMonth.of(2025, 12)))
        .isInstanceOf(PeriodOutsideContract.class)
        .hasMessageContaining("2025-12")
        .hasMessageContaining("2026-01-01");
    assertThatThrownBy(() -> ContractClose.period(contract, YearMonth.of(2028, 1)))
        .isInstanceOf(PeriodOutsideContract.class);
    assertThat(ContractClose.period(contract, YearMonth.of(2027, 12)).month())
        .isEqualTo(YearMonth.of(2027, 12));
  }

  @Test
  void aTicketIsMeasuredByTheSlaItsServiceSelects() {
    assertThat(ContractClose.slaFor(contract, "T1", Optional.of("servers")).id())
        .isEqualTo("service-desk");
    // one SLA with ticket targets: a ticket without a service is measured by it
    assertThat(ContractClose.slaFor(contract, "T1", Optional.empty()).id())
        .isEqualTo("service-desk");
    assertThatThrownBy(() -> ContractClose.slaFor(contract, "T1", Optional.of("printers")))
        .isInstanceOf(NoSlaForTicket.class)
        .hasMessageContaining("'printers' is not a service of the contract");
    // backup is a service, but no SLA with ticket targets covers it
    assertThatThrownBy(() -> ContractClose.slaFor(contract, "T1", Optional.of("backup")))
        .isInstanceOf(NoSlaForTicket.class)
        .hasMessageContaining("no SLA with ticket targets covers service 'backup'");
  }

  @Test
  void aMonthPartlyInForceMeasuresOnlyItsDaysInForce() {
    String text =
        ContractFixtures.bianchi()
            .replace("effective: { from: 2026-01-01", "effective: { from: 2026-03-16");
    Contract lateStart =
        org.accordo.core.contract.ContractLoader.load(text, "late-start.yaml").orThrow();
    SlaPeriod period = ContractClose.period(lateStart, YearMonth.of(2026, 3));
    List<Outage> outages =
        List.of(
            // before the contract was in force: not downtime
            Outage.of(
                "servers",
                Instant.parse("2026-03-10T09:00:00Z"),
                Instant.parse("2026-03-10T10:00:00Z"),
                OutageCause.PROVIDER,
                ""),
            // across the first day in force (16 March 00:00 CET = 15 March 23:00Z): half counts
            Outage.of(
                "servers",
                Instant.parse("2026-03-15T22:30:00Z"),
                Instant.parse("2026-03-15T23:30:00Z"),
                OutageCause.PROVIDER,
                ""));

    PeriodReport closed =
        ContractClose.close(lateStart, period, List.of(), outages, MonthOfTickets.NOW);
    ServiceAvailability servers = closed.availability().get(0).result();

    // 16 to 31 March: 16 days of 24 h, less the hour lost on 29 March
    assertThat(servers.measured()).isEqualTo(Duration.ofHours(16 * 24 - 1));
    assertThat(servers.downtime()).isEqualTo(Duration.ofMinutes(30));
  }
}
