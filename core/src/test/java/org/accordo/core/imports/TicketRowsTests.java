package org.accordo.core.imports;

import static org.accordo.core.imports.ImportFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketRowsTests {

  private final TicketRows rows = new TicketRows(ImportFixtures.mapping());

  @Test
  void aTicketListRowImpliesItsCreationFirstResponseResolutionAndClosing() {
    List<RowNote> notes = new ArrayList<>();
    ImportedTicket ticket =
        rows.read(
            row(
                7,
                "id",
                "4711",
                "subject",
                "VPN down",
                "priority",
                "Urgent",
                "status",
                "Solved",
                "created",
                "2026-03-02 09:00",
                "responded",
                "2026-03-02 09:20",
                "resolved",
                "2026-03-02T12:00:00Z",
                "closed",
                "2026-03-05 09:00"),
            notes);

    assertThat(ticket.externalId()).isEqualTo("4711");
    assertThat(ticket.priority()).isEqualTo("P1");
    assertThat(ticket.openedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
    assertThat(ticket.events())
        .extracting(ImportedEvent::key)
        .containsExactly(
            "created|2026-03-02T08:00:00Z|P1",
            "agent_replied|2026-03-02T08:20:00Z|PUBLIC",
            "status_changed|2026-03-02T12:00:00Z|resolved",
            "status_changed|2026-03-05T08:00:00Z|closed");
    assertThat(notes).isEmpty();
  }

  @Test
  void aCancellingStatusCancelsAtTheClosingTimeElseTheLastUpdate() {
    ImportedTicket ticket =
        rows.read(
            row(
                3,
                "id",
                "9",
                "priority",
                "normal",
                "status",
                "gone",
                "created",
                "2026-03-02 09:00",
                "updated",
                "2026-03-03 10:00"),
            new ArrayList<>());

    assertThat(ticket.events())
        .extracting(ImportedEvent::key)
        .containsExactly("created|2026-03-02T08:00:00Z|P3", "cancelled|2026-03-03T09:00:00Z|");
  }

  @Test
  void aTimeOnTheNightClocksGoForwardIsPlacedByTheRuleAndNoted() {
    List<RowNote> notes = new ArrayList<>();
    ImportedTicket ticket =
        rows.read(row(12, "id", "10", "priority", "normal", "created", "2026-03-29 02:30"), notes);

    assertThat(ticket.openedAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    assertThat(notes)
        .extracting(n -> n.line() + ":" + n.column() + " " + n.message())
        .containsExactly(
            "12:3 created '2026-03-29 02:30' does not exist in Europe/Rome (clocks went forward):"
                + " read as 2026-03-29T01:30:00Z");
  }

  @Test
  void namesTheLineAndColumnOfWhatCannotBeImported() {
    assertThatThrownBy(
            () ->
                rows.read(
                    row(5, "id", "11", "priority", "normal", "created", "2026-02-30 10:00"),
                    new ArrayList<>()))
        .isInstanceOf(RowProblem.class)
        .extracting(e -> ((RowProblem) e).where())
        .asString()
        .startsWith("5:3: created (column 'created'): '2026-02-30 10:00' is not a possible date");
    assertThatThrownBy(
            () ->
                rows.read(
                    row(6, "id", "12", "priority", "whenever", "created", "2026-03-02 10:00"),
                    new ArrayList<>()))
        .extracting(e -> ((RowProblem) e).where())
        .isEqualTo(
            "6:2: priority 'whenever' is not in the mapping's priorities; add it with the"
                + " contract's priority it stands for");
    assertThatThrownBy(
            () ->
                rows.read(
                    row(
                        8,
                        "id",
                        "13",
                        "priority",
                        "normal",
                        "created",
                        "2026-03-02 10:00",
                        "resolved",
                        "2026-03-01 10:00"),
                    new ArrayList<>()))
        .extracting(e -> ((RowProblem) e).where())
        .isEqualTo(
            "8:4: resolved 2026-03-01T09:00:00Z is before the ticket was created"
                + " (2026-03-02T09:00:00Z)");
    assertThatThrownBy(() -> rows.read(row(9, "id", "", "priority", "normal"), new ArrayList<>()))
        .extracting(e -> ((RowProblem) e).where())
        .isEqualTo("9:0: id (column 'id') is missing or empty");
  }
}
