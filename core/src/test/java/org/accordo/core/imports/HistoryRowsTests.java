package org.accordo.core.imports;

import static org.accordo.core.imports.ImportFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class HistoryRowsTests {

  private final HistoryRows rows = new HistoryRows(ImportFixtures.mapping());

  private String read(String... namesAndValues) {
    return rows.read(row(2, namesAndValues), new ArrayList<>())
        .map(ImportedEvent::key)
        .orElse("nothing");
  }

  @Test
  void eachRowIsReadByTheFirstRuleThatApplies() {
    // a status change, its PSA status mapped
    assertThat(
            read(
                "ticket",
                "1",
                "at",
                "2026-03-02 10:00",
                "kind",
                "status",
                "value",
                "Waiting Customer"))
        .isEqualTo("status_changed|2026-03-02T09:00:00Z|waiting_customer");
    // a status mapped to cancelled is a cancellation
    assertThat(read("ticket", "1", "at", "2026-03-02 10:00", "kind", "status", "value", "Gone"))
        .isEqualTo("cancelled|2026-03-02T09:00:00Z|");
    // a public note is an agent's reply; conditions ignore case
    assertThat(read("ticket", "1", "at", "2026-03-02 10:00", "kind", "Note", "public", "TRUE"))
        .isEqualTo("agent_replied|2026-03-02T09:00:00Z|PUBLIC");
    // the next rule takes the private one
    assertThat(read("ticket", "1", "at", "2026-03-02 10:00", "kind", "note", "public", "false"))
        .isEqualTo("agent_replied|2026-03-02T09:00:00Z|INTERNAL");
    assertThat(read("ticket", "1", "at", "2026-03-02 10:00", "kind", "reply"))
        .isEqualTo("customer_replied|2026-03-02T09:00:00Z|");
    // a row no rule applies to (an assignment) records nothing
    assertThat(read("ticket", "1", "at", "2026-03-02 10:00", "kind", "assignee"))
        .isEqualTo("nothing");
  }

  @Test
  void aStatusTheMappingDoesNotKnowRefusesTheRowAtItsColumn() {
    assertThatThrownBy(
            () ->
                rows.read(
                    row(
                        4,
                        "ticket",
                        "1",
                        "at",
                        "2026-03-02 10:00",
                        "kind",
                        "status",
                        "value",
                        "Escalated"),
                    new ArrayList<>()))
        .extracting(e -> ((RowProblem) e).where())
        .isEqualTo(
            "4:4: status 'Escalated' is not in the mapping's statuses; add it with the Accordo"
                + " status it stands for");
  }

  @Test
  void aPatternTakesTheValueOutOfAnAuditTrailsText() {
    HistoryRows connectwise = new HistoryRows(Presets.mapping("connectwise").orElseThrow());

    assertThat(
            connectwise
                .read(
                    row(
                        3,
                        "ticketId",
                        "100",
                        "enteredDate",
                        "2026-03-02T10:00:00Z",
                        "auditSubType",
                        "Status",
                        "text",
                        "Status has been changed from \"New\" to \"Waiting Customer\""),
                    new ArrayList<>())
                .orElseThrow()
                .key())
        .isEqualTo("status_changed|2026-03-02T10:00:00Z|waiting_customer");
  }
}
