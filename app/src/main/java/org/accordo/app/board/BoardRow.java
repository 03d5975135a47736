package org.accordo.app.board;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.accordo.app.clocks.OpenClock;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;

/**
 * One line of the board, with every number as of the moment it is shown.
 *
 * @param ticketId Accordo's id of the ticket
 * @param externalId the PSA's number of the ticket, or null
 * @param subject the ticket's subject (shown as text, escaped)
 * @param customer the customer's name
 * @param metric the metric's label
 * @param priority the priority the clock runs under
 * @param due the due instant in the viewer's zone, with its offset
 * @param left the time left ({@code 1 h 05 min}) or how long it is overdue ({@code overdue 20 min})
 * @param standing breached, past the first threshold, or on time
 */
public record BoardRow(
    String ticketId,
    String externalId,
    String subject,
    String customer,
    String metric,
    String priority,
    String due,
    String left,
    ClockStanding standing) {

  public BoardRow {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(standing, "standing");
  }

  /**
   * The row of {@code clock} at {@code now}.
   *
   * @param externalId the ticket's PSA number, or null
   * @param subject the ticket's subject
   * @param customer the customer's name
   */
  public static BoardRow of(
      OpenClock clock,
      String externalId,
      String subject,
      String customer,
      Instant now,
      ZoneId zone,
      Labels labels) {
    Duration left = Duration.between(now, clock.dueAt());
    String leftText =
        left.isNegative() || left.isZero()
            ? labels.get("page.board.overdue", Formats.hoursAndMinutes(left))
            : Formats.hoursAndMinutes(left);
    return new BoardRow(
        clock.ticketId(),
        externalId,
        subject,
        customer,
        labels.get("metric." + clock.metric().id()),
        clock.priority(),
        Formats.instant(clock.dueAt(), zone),
        leftText,
        ClockStanding.of(clock, now));
  }
}
