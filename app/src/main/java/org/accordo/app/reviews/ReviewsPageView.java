package org.accordo.app.reviews;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;

/**
 * What the reviews page of a customer prints, already formatted: the next review (and whether it is
 * overdue), the reviews held, the pack's default months, and whether the viewer may record a
 * review.
 *
 * @param next the next review's line (date, where it comes from, owner), or null when none
 * @param overdueSince the day the review was due while overdue, else null
 * @param packFrom the pack form's first month: six months before {@code packTo}
 * @param packTo the pack form's last month: the month before today's (the last one closed)
 * @param canRecord true for staff: the record form is shown
 */
public record ReviewsPageView(
    String customerId,
    String customerName,
    String next,
    String overdueSince,
    List<HeldLine> held,
    String packFrom,
    String packTo,
    boolean canRecord) {

  /** A refused record form: the field named, the reason, and what was typed. */
  public record Refusal(
      String field,
      String reason,
      String heldOn,
      String outcome,
      String attendees,
      String nextReview) {}

  /** A review held as the page lists it. */
  public record HeldLine(
      String heldOn, String outcome, String attendees, String contract, String nextReview) {}

  public ReviewsPageView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    held = List.copyOf(held);
    Objects.requireNonNull(packFrom, "packFrom");
    Objects.requireNonNull(packTo, "packTo");
  }

  /** The page's view of a customer's schedule, labelled in the viewer's language. */
  static ReviewsPageView of(
      String customerName,
      String customerId,
      Reviews.Schedule schedule,
      Labels labels,
      boolean staff) {
    YearMonth last = YearMonth.from(schedule.today()).minusMonths(1);
    return new ReviewsPageView(
        customerId,
        customerName,
        schedule.next().map(n -> nextLine(n, labels)).orElse(null),
        schedule.overdue() ? schedule.next().orElseThrow().date().toString() : null,
        schedule.held().stream().map(r -> heldLine(r, labels)).toList(),
        last.minusMonths(5).toString(),
        last.toString(),
        staff);
  }

  /** {@code 2026-07-01 · from the contract · owner account-manager · every P6M}. */
  static String nextLine(NextReview next, Labels labels) {
    StringBuilder line = new StringBuilder(next.date().toString());
    line.append(" · ").append(labels.get("page.reviews.source." + next.source().id()));
    next.owner().ifPresent(o -> line.append(" · ").append(labels.get("page.reviews.owner", o)));
    next.every()
        .ifPresent(e -> line.append(" · ").append(labels.get("page.reviews.every", e.toString())));
    return line.toString();
  }

  static HeldLine heldLine(Review review, Labels labels) {
    return new HeldLine(
        review.heldOn().toString(),
        review.outcome(),
        String.join(", ", review.attendees()),
        review.contractVersion() == null
            ? labels.get("page.reviews.contract.unchanged")
            : labels.get(
                "page.reviews.contract.changed",
                review.previousVersion() == null ? "–" : review.previousVersion(),
                review.contractVersion()),
        review.nextReview().toString());
  }
}
