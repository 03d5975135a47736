package org.accordo.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.accordo.app.support.ApiFixtures;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a held e-mail may go: the first open instant of the recipient's hours. The hours are the
 * reference contract's {@code office} calendar: Monday to Friday 09:00-13:00 and 14:00-18:00 in
 * Rome (UTC+1 in March 2026), Italian holidays closed.
 */
class QuietHoursTests {

  private static final Contract CONTRACT =
      ContractLoader.load(ApiFixtures.referenceContract(), "bianchi").orThrow();
  private static final BusinessCalendar OFFICE = CONTRACT.calendars().get("office");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # what                                   | planned              | hours  | may go
      # Monday 10:00 in Rome: open, at once
      open hours                               | 2026-03-02T09:00:00Z | office | 2026-03-02T09:00:00Z
      # Monday 13:30 in Rome: lunch, until 14:00
      lunch break                              | 2026-03-02T12:30:00Z | office | 2026-03-02T13:00:00Z
      # Friday 18:00 in Rome: the hours end there, so Monday 09:00
      the instant the hours end                | 2026-03-06T17:00:00Z | office | 2026-03-09T08:00:00Z
      # Saturday 10:00 in Rome: Monday 09:00
      weekend                                  | 2026-03-07T09:00:00Z | office | 2026-03-09T08:00:00Z
      # a level without hours is told at any hour
      no hours                                 | 2026-03-07T09:00:00Z |        | 2026-03-07T09:00:00Z
      """)
  void anEmailGoesAtTheFirstOpenInstantOfTheRecipientsHours(
      String what, Instant planned, String hours, Instant mayGo) {
    Optional<BusinessCalendar> calendar = Optional.ofNullable(hours).map(h -> OFFICE);

    assertThat(QuietHours.firstOpen(calendar, planned)).isEqualTo(mayGo);
  }
}
