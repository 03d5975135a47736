package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accordo.core.yaml.InvalidYaml;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblem;
import org.accordo.core.yaml.YamlProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarYamlTests {

  private static final String CONTRACT =
      """
      contract:
        id: test
      calendars:
        office:
          timezone: Europe/Rome
          hours:
            mon-fri: ["09:00-13:00", "14:00-18:00"]
          holidays: { country: IT }
          exceptions:
            2026-12-24: ["09:00-13:00"]
            2026-12-31: ["09:00-13:00"]
        always: 24x7
      """;

  @TempDir Path dir;

  @Test
  void loadsTheGoldenRomeOfficeDocument() throws Exception {
    Path file = Path.of(CalendarYamlTests.class.getResource("/golden/rome-office.yaml").toURI());

    assertThat(CalendarYaml.load(file, Optional.empty())).isEqualTo(CalendarFixtures.romeOffice());
  }

  @Test
  void loadsANamedCalendarOfAContract() throws IOException {
    Path file = write("contract.yaml", CONTRACT);

    BusinessCalendar office = CalendarYaml.load(file, Optional.of("office"));

    assertThat(office.exceptions())
        .containsEntry(LocalDate.of(2026, 12, 24), List.of(OpeningHours.parse("09:00-13:00")));
    // Thu 24 Dec 2026 12:00 local + 2h: 1h left that morning, the afternoon is closed, 25/26 are
    // holidays
    assertThat(office.add(Instant.parse("2026-12-24T11:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-12-28T09:00:00Z"));
    assertThat(CalendarYaml.load(file, Optional.of("always")))
        .isSameAs(BusinessCalendar.twentyFourSeven());
  }

  @Test
  void rejectsAContractWithoutTheNamedCalendar() throws IOException {
    Path file = write("contract.yaml", CONTRACT);

    assertThatThrownBy(() -> CalendarYaml.load(file, Optional.of("night")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no calendar 'night'")
        .hasMessageContaining("office");
    assertThatThrownBy(() -> CalendarYaml.load(file, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choose one by name");
  }

  @Test
  void readsDayListsSubdivisionsAndListedDates() {
    BusinessCalendar calendar =
        parse(
                """
        timezone: America/New_York
        hours:
          mon-wed, fri: ["08:00-12:00"]
          sat: "10:00-24:00"
        holidays: { country: US, subdivision: ny, dates: [2026-08-14] }
        """)
            .orElseThrow();

    assertThat(calendar.weeklyHours().get(DayOfWeek.THURSDAY)).isEmpty();
    assertThat(calendar.weeklyHours().get(DayOfWeek.SATURDAY))
        .containsExactly(OpeningHours.parse("10:00-24:00"));
    assertThat(calendar.holidays()).contains(HolidayRegion.of("US", "ny"));
    assertThat(calendar.day(LocalDate.of(2026, 8, 14)).rule()).isEqualTo(DayRule.CLOSED_DATE);
    // Independence Day 2026 is a Saturday, observed on Friday 3 July
    assertThat(calendar.day(LocalDate.of(2026, 7, 3)).rule()).isEqualTo(DayRule.HOLIDAY);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an hour past the end of the day
        "'timezone: Europe/Rome\nhours:\n  mon: [\"09:00-25:00\"]\n' | 3:9 | not a time between 00:00 and 24:00",
        // an interval that ends before it starts
        "'timezone: Europe/Rome\nhours:\n  mon: [\"09:00-08:00\"]\n' | 3:9 | ends before or when it starts",
        // overlapping intervals on one day, at the day's key
        "'timezone: Europe/Rome\nhours:\n  mon: [\"09:00-13:00\", \"12:00-14:00\"]\n' | 3:3 | overlap",
        // an unknown zone
        "'timezone: Europe/Milano\nhours:\n  mon: [\"09:00-13:00\"]\n' | 1:11 | not a time zone",
        // a day key that is not a day
        "'timezone: Europe/Rome\nhours:\n  monday-friday: [\"09:00-13:00\"]\n' | 3:3 | not days",
        // a day given twice
        "'timezone: Europe/Rome\nhours:\n  mon-fri: [\"09:00-13:00\"]\n  fri: [\"14:00-15:00\"]\n' | 4:3 | gives fri twice",
        // an unknown holiday country
        "'timezone: Europe/Rome\nhours:\n  mon: [\"09:00-13:00\"]\nholidays: { country: XX }\n' | 4:22 | no holiday country 'XX'",
        // an unknown subdivision
        "'timezone: Europe/Rome\nhours:\n  mon: [\"09:00-13:00\"]\nholidays: { country: IT, subdivision: zz }\n' | 4:39 | no subdivision 'zz'",
        // a misspelt key
        "'timezone: Europe/Rome\nhour:\n  mon: [\"09:00-13:00\"]\n' | 2:1 | unknown key 'hour'",
        // a bad exception date
        "'timezone: Europe/Rome\nhours:\n  mon: [\"09:00-13:00\"]\nexceptions:\n  2026-02-30: []\n' | 5:3 | not a date",
        // no hours at all on any day
        "'timezone: Europe/Rome\nhours:\n  mon: []\n' | 1:1 | never open",
        // neither 24x7 nor a mapping
        "'always' | 1:1 | must be '24x7' or a mapping",
      })
  void reportsProblemsAtTheirLineAndColumn(String yaml, String place, String message) {
    YamlProblems problems = new YamlProblems("cal.yaml");

    Optional<BusinessCalendar> calendar = parse(yaml, problems);

    assertThat(calendar).isEmpty();
    assertThat(problems.all())
        .anySatisfy(
            problem -> {
              assertThat(problem.line() + ":" + problem.column()).isEqualTo(place);
              assertThat(problem.message()).contains(message);
            });
  }

  @Test
  void loadThrowsEveryProblemWithItsPlace() throws IOException {
    Path file = write("bad.yaml", "timezone: Mars/Olympus\nhours:\n  mon: [\"09:00-25:00\"]\n");

    assertThatThrownBy(() -> CalendarYaml.load(file, Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidYaml.class,
            e -> assertThat(e.problems()).extracting(YamlProblem::line).containsExactly(1, 3));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Optional<BusinessCalendar> parse(String yaml) {
    YamlProblems problems = new YamlProblems("cal.yaml");
    Optional<BusinessCalendar> calendar = parse(yaml, problems);
    assertThat(problems.all()).isEmpty();
    return calendar;
  }

  private static Optional<BusinessCalendar> parse(String yaml, YamlProblems problems) {
    return YamlNodes.compose(new StringReader(yaml), problems)
        .flatMap(node -> CalendarYaml.parse(node, problems, "calendar"));
  }
}
