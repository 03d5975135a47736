package org.accordo.app.justifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Role;
import org.accordo.app.ui.Viewer;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;

/**
 * The justification pages' view model: the four-eyes rule shown (the asker, an agent and another
 * admin see different forms), the decision in words once decided, instants in the reader's zone
 * with their offset, and the customer's excused clocks (approved requests only) in their language.
 */
class JustificationPageViewTests {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final Instant ASKED = Instant.parse("2026-03-02T09:45:00Z");
  static final Viewer ASKER = viewer("asker", Role.ADMIN);
  static final Viewer OTHER_ADMIN = viewer("other", Role.ADMIN);
  static final Viewer AGENT = viewer("agent", Role.AGENT);
  static final Labels EN = Labels.of(DocumentLanguage.EN);

  @Test
  void onlyAnAdminWhoDidNotAskMayDecideARequest() {
    Justification requested = requested();

    JustificationPageView.Line mine = JustificationPageView.line(requested, ASKER, ROME, EN);
    assertThat(mine.askedByReader()).isTrue();
    assertThat(mine.canDecide()).as("the asker, though an admin").isFalse();
    assertThat(mine.askedBy()).isEqualTo("by you at 2026-03-02 10:45 +01:00");

    JustificationPageView.Line other = JustificationPageView.line(requested, OTHER_ADMIN, ROME, EN);
    assertThat(other.canDecide()).isTrue();
    assertThat(other.askedBy()).isEqualTo("by user:asker at 2026-03-02 10:45 +01:00");
    assertThat(other.decision()).isNull();

    assertThat(JustificationPageView.line(requested, AGENT, ROME, EN).canDecide()).isFalse();
  }

  @Test
  void aLineSaysTheClockReasonIntervalAndStateInTheReadersLanguageAndZone() {
    JustificationPageView.Line line =
        JustificationPageView.line(requested(), OTHER_ADMIN, ROME, Labels.of(DocumentLanguage.IT));

    assertThat(line.clock()).isEqualTo("Prima risposta · ciclo 1");
    assertThat(line.reason()).isEqualTo("Causato dal cliente");
    assertThat(line.interval()).isEqualTo("2026-03-02 10:00 +01:00 – 2026-03-02 10:20 +01:00");
    assertThat(line.state()).isEqualTo("Richiesta");
    assertThat(line.ticketHref()).isEqualTo("/tickets/t-1");
  }

  @Test
  void aDecidedRequestOffersNoFormAndSaysWhoDecidedWithTheNote() {
    Justification approved = approved();

    JustificationPageView.Line line = JustificationPageView.line(approved, OTHER_ADMIN, ROME, EN);
    assertThat(line.canDecide()).isFalse();
    assertThat(line.state()).isEqualTo("Approved");
    assertThat(line.decision())
        .isEqualTo("Decided by user:other at 2026-03-02 11:00 +01:00: access logs confirm it");
  }

  @Test
  void theCustomerSeesOnlyTheApprovedRequestsAsExcusedClocks() {
    Justification rejected =
        requested()
            .decided(JustificationState.REJECTED, "user:other", ASKED.plusSeconds(60), "no", null);

    List<JustificationPageView.Excused> excused =
        JustificationPageView.excused(List.of(requested(), approved(), rejected), ROME, EN);

    assertThat(excused)
        .containsExactly(
            new JustificationPageView.Excused(
                "First response · cycle 1",
                "Caused by the customer",
                "the customer's VPN was down",
                "2026-03-02 10:00 +01:00 – 2026-03-02 10:20 +01:00",
                "2026-03-02 11:00 +01:00"));
  }

  private static Justification requested() {
    return new Justification(
        "j-1",
        "acme",
        "t-1",
        Metric.FIRST_RESPONSE,
        1,
        ReasonCode.CUSTOMER_CAUSED,
        "the customer's VPN was down",
        Instant.parse("2026-03-02T09:00:00Z"),
        Instant.parse("2026-03-02T09:20:00Z"),
        JustificationState.REQUESTED,
        "user:asker",
        ASKED,
        null,
        null,
        null,
        null);
  }

  private static Justification approved() {
    return requested()
        .decided(
            JustificationState.APPROVED,
            "user:other",
            Instant.parse("2026-03-02T10:00:00Z"),
            "access logs confirm it",
            "e-1");
  }

  private static Viewer viewer(String id, Role role) {
    return new Viewer(id, id + "@msp.example", id, role, null, DocumentLanguage.EN, ROME);
  }
}
