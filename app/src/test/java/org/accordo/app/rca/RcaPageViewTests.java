package org.accordo.app.rca;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Role;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An RCA's page says whether it is late at the moment it is shown, never shows a customer the
 * internal notes, and offers each reader only the forms their role and the RCA's state allow.
 */
class RcaPageViewTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Instant DUE = Instant.parse("2026-03-12T10:00:00Z");
  private static final Labels EN = Labels.of(DocumentLanguage.EN);

  @ParameterizedTest(name = "{0} delivered {1}, at {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # a draft before its due instant: the time left
      draft     |                      | 2026-03-12T07:30:00Z | 2 h 30 min left      | false
      # a draft past it: overdue
      draft     |                      | 2026-03-12T10:20:00Z | overdue 20 min       | true
      # delivered before the due instant, read later: on time for ever
      delivered | 2026-03-12T09:00:00Z | 2026-03-20T10:00:00Z | delivered on time    | false
      delivered | 2026-03-12T11:00:00Z | 2026-03-20T10:00:00Z | delivered late       | true
      """)
  void saysWhetherItIsLateAtTheMomentShown(
      String state, String delivered, String now, String timing, boolean late) {
    Rca rca =
        rca(
            RcaState.fromId(state).orElseThrow(),
            delivered == null ? null : Instant.parse(delivered));

    RcaPageView view =
        RcaPageView.of(
            rca, "Acme", List.of("INC-1 · VPN down"), Role.AGENT, Instant.parse(now), ROME, EN);

    assertThat(view.timing()).isEqualTo(timing);
    assertThat(view.late()).isEqualTo(late);
    assertThat(view.due()).isEqualTo("2026-03-12 11:00 +01:00");
    assertThat(
            RcaPageView.line(rca, "Acme", List.of("INC-1"), Instant.parse(now), ROME, EN).timing())
        .isEqualTo(timing);
  }

  @Test
  void staffEditADraftAndSeeTheInternalNotesWithTheTicketsPages() {
    RcaPageView view =
        RcaPageView.of(
            rca(RcaState.DRAFT, null), "Acme", List.of("INC-1"), Role.AGENT, DUE, ROME, EN);

    assertThat(view.canEdit()).isTrue();
    assertThat(view.canAnswer()).isFalse();
    assertThat(view.notes())
        .extracting(RcaPageView.NoteLine::text)
        .containsExactly("for you", "ours");
    assertThat(view.tickets()).containsExactly(new RcaPageView.TicketLine("INC-1", "/tickets/t-1"));
    assertThat(view.state()).isEqualTo("draft");
  }

  @Test
  void theCustomerAnswersADeliveredOneAndNeverReadsAnInternalNote() {
    RcaPageView delivered =
        RcaPageView.of(
            rca(RcaState.DELIVERED, DUE.minusSeconds(60)),
            "Acme",
            List.of("INC-1"),
            Role.CUSTOMER,
            DUE,
            ROME,
            EN);
    RcaPageView draft =
        RcaPageView.of(
            rca(RcaState.DRAFT, null), "Acme", List.of("INC-1"), Role.CUSTOMER, DUE, ROME, EN);

    assertThat(delivered.canAnswer()).isTrue();
    assertThat(delivered.canEdit()).isFalse();
    assertThat(delivered.notes()).extracting(RcaPageView.NoteLine::text).containsExactly("for you");
    assertThat(delivered.tickets().get(0).href()).isEqualTo("/portal/tickets/t-1");
    assertThat(draft.canAnswer()).isFalse();
    assertThat(draft.canEdit()).isFalse();
  }

  private static Rca rca(RcaState state, Instant deliveredAt) {
    return new Rca(
        "rca-1",
        "acme",
        state,
        RcaTrigger.RESOLUTION,
        "P1",
        "office",
        Instant.parse("2026-03-10T10:00:00Z"),
        DUE,
        deliveredAt,
        null,
        "summary",
        "cause",
        new RcaBody(
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new RcaBody.Note(RcaBody.NoteVisibility.CUSTOMER, "for you"),
                new RcaBody.Note(RcaBody.NoteVisibility.INTERNAL, "ours"))),
        null,
        List.of("t-1"));
  }
}
