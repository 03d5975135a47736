package org.accordo.app.board;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.rca.OpenRca;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;

/**
 * One root cause analysis still owed, on the board: its clock's time left and colour computed at
 * the moment it is shown, as a ticket clock's are.
 *
 * @param rcaId the RCA's id, for the link to its page
 * @param tickets the tickets it covers, by PSA number (else Accordo's id), in the order added
 * @param customer the customer's name
 * @param priority the priority of the ticket that opened it
 * @param due the due instant in the viewer's zone, with its offset
 * @param left the time left ({@code 3 h 05 min}) or how long it is overdue ({@code overdue 20 min})
 * @param standing breached, past the first threshold, or on time
 */
public record BoardRcaRow(
    String rcaId,
    List<String> tickets,
    String customer,
    String priority,
    String due,
    String left,
    ClockStanding standing) {

  public BoardRcaRow {
    Objects.requireNonNull(rcaId, "rcaId");
    tickets = List.copyOf(tickets);
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(standing, "standing");
  }

  /**
   * The row of {@code open} at {@code now}.
   *
   * @param tickets the names of its tickets, in its order
   * @param customer the customer's name
   */
  public static BoardRcaRow of(
      OpenRca open,
      List<String> tickets,
      String customer,
      Instant now,
      ZoneId zone,
      Labels labels) {
    Instant dueAt = open.rca().dueAt();
    Duration left = Duration.between(now, dueAt);
    String leftText =
        left.isNegative() || left.isZero()
            ? labels.get("page.board.overdue", Formats.hoursAndMinutes(left))
            : Formats.hoursAndMinutes(left);
    return new BoardRcaRow(
        open.rca().id(),
        tickets,
        customer,
        open.rca().priority(),
        Formats.instant(dueAt, zone),
        leftText,
        ClockStanding.of(dueAt, open.firstThresholdAt(), now));
  }
}
