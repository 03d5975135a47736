package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRegionTests {

  @Test
  void italianHolidaysOf2026AreTheNationalOnes() {
    // Italy's national holidays (legge 260/1949 and later): Easter 2026 is on 5 April
    assertThat(HolidayRegion.of("IT").holidays(2026).keySet())
        .containsExactly(
            LocalDate.of(2026, 1, 1), // Capodanno
            LocalDate.of(2026, 1, 6), // Epifania
            LocalDate.of(2026, 4, 5), // Pasqua (a Sunday)
            LocalDate.of(2026, 4, 6), // Lunedì dell'Angelo
            LocalDate.of(2026, 4, 25), // Festa della Liberazione
            LocalDate.of(2026, 5, 1), // Festa del Lavoro
            LocalDate.of(2026, 6, 2), // Festa della Repubblica
            LocalDate.of(2026, 8, 15), // Ferragosto
            LocalDate.of(2026, 11, 1), // Ognissanti
            LocalDate.of(2026, 12, 8), // Immacolata
            LocalDate.of(2026, 12, 25), // Natale
            LocalDate.of(2026, 12, 26)); // Santo Stefano
  }

  @ParameterizedTest(name = "{0}/{1} {2}: {3}")
  @CsvSource({
    // Independence Day 2026 is a Saturday: the observed Friday is closed
    "US, ny, 2026-07-03, true",
    // ... and the Saturday itself is not listed twice
    "US, ny, 2026-07-04, false",
    // Lincoln's Birthday is an observance in New York, not a day off
    "US, ny, 2026-02-12, false",
    // Thanksgiving, fourth Thursday of November
    "US, ny, 2026-11-26, true",
    // Corpus Christi (60 days after Easter) is a holiday in Bavaria...
    "DE, by, 2026-06-04, true",
    // Day of German Unity, everywhere in Germany
    "DE, by, 2026-10-03, true",
  })
  void subdivisionsAddTheirOwnDays(
      String country, String subdivision, LocalDate date, boolean closed) {
    assertThat(HolidayRegion.of(country, subdivision).holidays(date.getYear()).containsKey(date))
        .isEqualTo(closed);
  }

  @Test
  void nationalCalendarLacksTheSubdivisionsDays() {
    // ... but not in Germany as a whole
    assertThat(HolidayRegion.of("DE").holidays(2026)).doesNotContainKey(LocalDate.of(2026, 6, 4));
  }

  @Test
  void rejectsUnknownCountriesAndSubdivisions() {
    assertThatThrownBy(() -> HolidayRegion.of("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XX'");
    assertThatThrownBy(() -> HolidayRegion.of("US", "zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no subdivision 'zz'")
        .hasMessageContaining("ny");
  }
}
