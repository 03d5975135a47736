package org.accordo.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.accordo.app.clocks.OpenClock;
import org.accordo.app.clocks.OpenClocks;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.render.Labels;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketNames.TicketName;
import org.accordo.core.clock.ClockState;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The portal's home is written at the moment it is shown: time left from the server's clock, one
 * page of clocks at a time with links to the others, the month and its closed tickets in the
 * reader's zone, and links to this month's (provisional) and earlier statements.
 */
class PortalViewTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Instant DUE = Instant.parse("2026-03-09T09:30:00Z");

  @Test
  void computesTimeLeftAtTheMomentShownAndNamesTheTicket() {
    OpenClock clock =
        new OpenClock("t-1", Metric.FIRST_RESPONSE, 0, "acme", "P1", ClockState.RUNNING, DUE, null);

    PortalOpen open =
        PortalOpen.of(
            0,
            "Acme Srl",
            List.of(clock),
            Map.of("t-1", new TicketName("t-1", "INC-7", "VPN down")),
            Instant.parse("2026-03-09T09:10:00Z"),
            ROME,
            Labels.of(DocumentLanguage.EN));

    assertThat(open.rows()).hasSize(1);
    assertThat(open.rows().get(0).externalId()).isEqualTo("INC-7");
    assertThat(open.rows().get(0).subject()).isEqualTo("VPN down");
    assertThat(open.rows().get(0).left()).isEqualTo("20 min");
    assertThat(open.rows().get(0).due()).isEqualTo("2026-03-09 10:30 +01:00");
    assertThat(open.hasNext()).isFalse();
    assertThat(open.hasPrevious()).isFalse();
    assertThat(open.asOf()).isEqualTo("2026-03-09 10:10 +01:00");
    assertThat(open.liveLink()).isEqualTo("/portal/live");
  }

  @Test
  void showsAPageOfClocksAndLinksTheNextAndThePrevious() {
    List<OpenClock> clocks =
        IntStream.range(0, PortalOpen.PAGE_SIZE + 1)
            .mapToObj(
                i ->
                    new OpenClock(
                        "t-" + i,
                        Metric.RESOLUTION,
                        0,
                        "acme",
                        "P3",
                        ClockState.RUNNING,
                        DUE,
                        null))
            .toList();

    PortalOpen open =
        PortalOpen.of(
            2,
            "Acme Srl",
            clocks,
            Map.of(),
            DUE.minusSeconds(60),
            ROME,
            Labels.of(DocumentLanguage.EN));

    assertThat(open.rows()).hasSize(PortalOpen.PAGE_SIZE);
    assertThat(open.rows().get(0).subject()).as("an unnamed ticket shows its id").isEqualTo("t-0");
    assertThat(open.hasNext()).isTrue();
    assertThat(open.nextLink()).isEqualTo("/portal?page=3");
    assertThat(open.hasPrevious()).isTrue();
    assertThat(open.previousLink()).isEqualTo("/portal?page=1");
    assertThat(open.liveLink()).as("the page polls its own page").isEqualTo("/portal/live?page=2");
    assertThat(PortalOpen.slice(2)).isEqualTo(new OpenClocks.Slice(100, PortalOpen.PAGE_SIZE + 1));
  }

  @Test
  void readsThePageAskedAndRefusesOneThatIsNotNamingTheField() {
    assertThat(PortalOpen.page(null)).isZero();
    assertThat(PortalOpen.page(" ")).isZero();
    assertThat(PortalOpen.page(" 4 ")).isEqualTo(4);
    assertThatThrownBy(() -> PortalOpen.page("two"))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("page")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> PortalOpen.page("-1"))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("page");
    assertThatThrownBy(() -> PortalOpen.page(String.valueOf(PortalOpen.MAX_PAGE + 1)))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("page");
  }

  @Test
  void writesTheMonthInTheReadersZoneWithItsStatementsLatestFirst() {
    // 23:30 UTC on 31 March is already 1 April in Rome
    Instant now = Instant.parse("2026-03-31T23:30:00Z");

    Labels labels = Labels.of(DocumentLanguage.IT);
    PortalView view =
        PortalView.of(
            "acme",
            "Acme Srl",
            PortalOpen.of(0, "Acme Srl", List.of(), Map.of(), now, ROME, labels),
            List.of(),
            now,
            ROME,
            labels);

    assertThat(view.month()).isEqualTo("2026-04");
    assertThat(view.statements()).hasSize(PortalView.MONTHS_LINKED);
    assertThat(view.statements().get(0))
        .isEqualTo(new PortalView.StatementLink("2026-04", "/statements/acme/2026-04", true));
    assertThat(view.statements().get(1).month()).isEqualTo("2026-03");
    assertThat(view.statements().get(1).current()).isFalse();
    assertThat(view.statements().get(11).month()).isEqualTo("2025-05");
    assertThat(PortalView.monthStart(now, ROME)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(PortalView.monthEnd(now, ROME)).isEqualTo(Instant.parse("2026-04-30T22:00:00Z"));
  }

  @Test
  void writesAClosedTicketInTheReadersLanguageAndZone() {
    Ticket ticket =
        new Ticket(
            "t-9",
            "acme",
            null,
            "Printer offline",
            "service-desk",
            "P3",
            TicketStatus.RESOLVED,
            Instant.parse("2026-03-02T08:00:00Z"),
            null,
            Instant.parse("2026-03-02T08:00:00Z"),
            "tok",
            Instant.parse("2026-03-03T16:15:00Z"));

    ClosedTicket closed = ClosedTicket.of(ticket, ROME, Labels.of(DocumentLanguage.IT));

    assertThat(closed.number()).as("no PSA number: Accordo's id").isEqualTo("t-9");
    assertThat(closed.status()).isEqualTo("risolto");
    assertThat(closed.opened()).isEqualTo("2026-03-02 09:00 +01:00");
    assertThat(closed.closed()).isEqualTo("2026-03-03 17:15 +01:00");
  }
}
