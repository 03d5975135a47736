package org.accordo.app.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Role;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;

/**
 * The dispute page's view model: instants in the viewer's zone with their offset, the subject and
 * state in the page's language, the thread's authors, and which forms each role may use while the
 * dispute is open (none once decided).
 */
class DisputePageViewTests {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final Instant OPENED = Instant.parse("2026-03-20T09:00:00Z");

  @Test
  void anOpenDisputeShowsItsThreadAndTheFormsOfEachRole() {
    Disputes.WithThread read =
        new Disputes.WithThread(
            open(),
            List.of(
                new DisputeMessage("d1", 1, "acme", "user:c", false, false, "see the log", OPENED),
                new DisputeMessage("d1", 2, "acme", "user:a", true, true, "logs confirm", OPENED)));
    Labels en = Labels.of(DocumentLanguage.EN);

    DisputePageView customer = DisputePageView.of(read, Role.CUSTOMER, ROME, en);
    assertThat(customer.subject()).isEqualTo("Clock T-1 · resolution");
    assertThat(customer.state()).isEqualTo("Open");
    assertThat(customer.openedAt()).isEqualTo("2026-03-20 10:00 +01:00");
    assertThat(customer.decidedAt()).isNull();
    assertThat(customer.messages())
        .extracting(DisputePageView.MessageLine::author)
        .containsExactly("Customer", "Service provider");
    assertThat(List.of(customer.canWrite(), customer.canNote(), customer.canDecide()))
        .containsExactly(true, false, false);
    DisputePageView agent = DisputePageView.of(read, Role.AGENT, ROME, en);
    assertThat(List.of(agent.canWrite(), agent.canNote(), agent.canDecide()))
        .containsExactly(true, true, false);
    DisputePageView admin = DisputePageView.of(read, Role.ADMIN, ROME, en);
    assertThat(List.of(admin.canWrite(), admin.canNote(), admin.canDecide()))
        .containsExactly(true, true, true);
  }

  @Test
  void aDecidedDisputeShowsItsOutcomeInTheViewersLanguageAndNoForms() {
    Instant decided = Instant.parse("2026-04-02T12:30:00Z");
    Dispute accepted =
        open()
            .decided(
                DisputeState.ACCEPTED,
                "user:a",
                decided,
                "the VPN log confirms it",
                "excluded event E on ticket T-1");
    DisputePageView view =
        DisputePageView.of(
            new Disputes.WithThread(accepted, List.of()),
            Role.ADMIN,
            ROME,
            Labels.of(DocumentLanguage.IT));
    assertThat(view.subject()).isEqualTo("Orologio T-1 · resolution");
    assertThat(view.state()).isEqualTo("Accolta");
    assertThat(view.decidedAt()).isEqualTo("2026-04-02 14:30 +02:00");
    assertThat(view.decision())
        .isEqualTo("the VPN log confirms it (excluded event E on ticket T-1)");
    assertThat(List.of(view.canWrite(), view.canNote(), view.canDecide()))
        .containsExactly(false, false, false);
  }

  private static Dispute open() {
    return new Dispute(
        "d1",
        "acme",
        DisputeSubject.CLOCK,
        "T-1",
        Metric.RESOLUTION,
        null,
        null,
        "our site had no power",
        DisputeState.OPEN,
        "user:c",
        OPENED,
        null,
        null,
        null,
        null);
  }
}
