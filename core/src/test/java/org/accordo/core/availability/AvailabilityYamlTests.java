package org.accordo.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblem;
import org.accordo.core.yaml.YamlProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvailabilityYamlTests {

  private final YamlProblems problems = new YamlProblems("contract.yaml");

  private Optional<AvailabilityPolicy> parse(String yaml) {
    return AvailabilityYaml.parse(
        YamlNodes.compose(new StringReader(yaml), problems).orElseThrow(),
        problems,
        "availability");
  }

  @Test
  void readsTheReferenceContractsBlock() {
    AvailabilityPolicy policy =
        parse(
                """
        target: 99.9%
        calendar: always
        period: month
        maintenance:
          window: { days: [sun], hours: "02:00-04:00", timezone: Europe/Rome }
          notice: P5D
        """)
            .orElseThrow();

    assertThat(problems.all()).isEmpty();
    assertThat(policy.target()).isEqualByComparingTo("0.999");
    assertThat(policy.allowedDowntimeShare()).isEqualByComparingTo(new BigDecimal("0.001"));
    assertThat(policy.calendar()).isEqualTo("always");
    assertThat(policy.maintenance().notice()).isEqualTo(Duration.ofDays(5));
    assertThat(policy.maintenance().windows())
        .containsExactly(
            new MaintenanceWindow(
                EnumSet.of(DayOfWeek.SUNDAY),
                LocalTime.of(2, 0),
                LocalTime.of(4, 0),
                ZoneId.of("Europe/Rome")));
  }

  @Test
  void withoutMaintenanceNoWindowExcludesAnything() {
    AvailabilityPolicy policy = parse("{ target: 99.5%, calendar: office }").orElseThrow();

    assertThat(policy.maintenance()).isEqualTo(MaintenancePolicy.none());
    assertThat(policy.period()).isEqualTo(AvailabilityPeriod.MONTH);
  }

  @Test
  void readsDayRangesAndAWindowToMidnight() {
    AvailabilityPolicy policy =
        parse(
                """
        target: 99%
        calendar: always
        maintenance:
          windows:
            - { days: [mon-wed, sat], hours: "22:00-24:00", timezone: UTC }
        """)
            .orElseThrow();

    MaintenanceWindow window = policy.maintenance().windows().get(0);
    assertThat(window.days())
        .containsExactlyInAnyOrder(
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
    assertThat(window.end()).isEqualTo(LocalTime.MIDNIGHT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # a target that is not a percentage
      { target: high, calendar: always }                    | 1:11 | availability.target 'high' is not a percentage
      # the calendar is required
      { target: 99% }                                       | 1:1  | availability needs 'calendar'
      # only months are periods
      { target: 99%, calendar: a, period: week }            | 1:37 | availability.period 'week' is not supported
      # a misspelt key
      { target: 99%, calendr: a, calendar: a }              | 1:16 | unknown key 'calendr' in availability
      # a window on a day that does not exist
      '{ target: 99%, calendar: a, maintenance: { window: { days: [sunday, fun], hours: 02:00-04:00, timezone: UTC } } }' | 1:69 | availability.maintenance.window.days[1] 'fun' is not a weekday
      # hours that are not a range
      '{ target: 99%, calendar: a, maintenance: { window: { days: [sun], hours: 2-4, timezone: UTC } } }' | 1:74 | availability.maintenance.window.hours '2-4' is not a time range
      # a zone that does not exist
      '{ target: 99%, calendar: a, maintenance: { window: { days: [sun], hours: 02:00-04:00, timezone: Rome } } }' | 1:97 | availability.maintenance.window.timezone 'Rome' is not a time zone
      # a target of zero promises nothing
      { target: 0%, calendar: always }                      | 1:11 | availability.target must be above 0%
      """,
      commentCharacter = '#')
  void reportsEachProblemAtItsPlace(String yaml, String place, String message) {
    Optional<AvailabilityPolicy> policy = parse(yaml);

    assertThat(policy).isEmpty();
    YamlProblem first = problems.all().get(0);
    assertThat(first.line() + ":" + first.column()).isEqualTo(place);
    assertThat(first.message()).startsWith(message);
  }
}
