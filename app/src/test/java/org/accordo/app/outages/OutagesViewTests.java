package org.accordo.app.outages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outages page's forms: a refusal of the recording form shows under that form's field only, a
 * refused reclassification under its own outage's field only; every cause is offered.
 */
class OutagesViewTests {

  private static final OutageLine FIRST = line("o-1");
  private static final OutageLine SECOND = line("o-2");

  @Test
  void showsARecordingRefusalUnderItsFieldOnly() {
    OutagesView view = view(new OutagesView.Problem(null, "from", "is not a date"));

    assertThat(view.recordProblem("from")).isEqualTo("is not a date");
    assertThat(view.recordProblem("to")).isNull();
    assertThat(view.reclassifyProblem(FIRST, "from")).isNull();
  }

  @Test
  void showsAReclassificationRefusalInItsOutagesRowOnly() {
    OutagesView view = view(new OutagesView.Problem("o-2", "reason", "is required"));

    assertThat(view.reclassifyProblem(SECOND, "reason")).isEqualTo("is required");
    assertThat(view.reclassifyProblem(FIRST, "reason")).isNull();
    assertThat(view.recordProblem("reason")).isNull();
    assertThat(view.reclassifyLink(SECOND)).isEqualTo("/outages/acme/o-2/cause");
  }

  @Test
  void offersEveryCause() {
    assertThat(OutagesView.CAUSES)
        .containsExactly(
            "provider", "customer_caused", "outside_provider_control", "announced_maintenance");
  }

  private static OutagesView view(OutagesView.Problem problem) {
    return new OutagesView(
        "acme",
        List.of(FIRST, SECOND),
        0,
        false,
        true,
        true,
        OutagesView.RecordForm.empty(),
        problem,
        null);
  }

  private static OutageLine line(String id) {
    return new OutageLine(
        id,
        "servers",
        "Outage",
        "2026-03-02 10:00 +01:00",
        null,
        "1 h 00 min",
        "provider",
        "provider",
        "",
        true);
  }
}
