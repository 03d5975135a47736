package org.accordo.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.report.PeriodReport;

/**
 * How a statement's documents say where it stands: its status, and for a closed statement its
 * version; a provisional one after the month's end says when it will be closed, an amended one why
 * it was amended.
 *
 * @param status provisional, final or amended
 * @param version the statement's version (1 is the final one); empty when provisional, and for a
 *     report from files
 * @param closesAt when a provisional statement of a month already over is closed (the month's end
 *     plus the grace for late events); empty otherwise
 * @param reason why an amended statement was amended, in the words of the changes that caused it;
 *     empty otherwise
 * @param disputes the disputes opened or decided in the month, as of the statement's instant (the
 *     server's statements; none for a report from files)
 * @param reviewOverdueSince the day the customer's periodic SLA review was due and still not held
 *     at the statement's instant (the server's statements, from the reviews recorded; empty when it
 *     is not overdue, and for a report from files)
 */
public record StatementMark(
    StatementStatus status,
    Optional<Integer> version,
    Optional<Instant> closesAt,
    Optional<String> reason,
    List<StatementDispute> disputes,
    Optional<LocalDate> reviewOverdueSince) {

  public StatementMark {
    Objects.requireNonNull(reviewOverdueSince, "reviewOverdueSince");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(reason, "reason");
    disputes = List.copyOf(disputes);
    if (status == StatementStatus.PROVISIONAL && version.isPresent()) {
      throw new IllegalArgumentException("a provisional statement has no version, was " + version);
    }
  }

  /** A report from files: final once its period is over, provisional before; no version. */
  static StatementMark of(PeriodReport report) {
    return new StatementMark(
        StatementStatus.of(report),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** A provisional statement, closed at {@code closesAt} (the month's end plus its grace). */
  public static StatementMark provisional(Instant closesAt) {
    return new StatementMark(
        StatementStatus.PROVISIONAL,
        Optional.empty(),
        Optional.of(closesAt),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** The final statement, version 1. */
  public static StatementMark closed(int version) {
    return new StatementMark(
        StatementStatus.FINAL,
        Optional.of(version),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** An amended statement, version 2 or later, with why it was amended. */
  public static StatementMark amended(int version, String reason) {
    return new StatementMark(
        StatementStatus.AMENDED,
        Optional.of(version),
        Optional.empty(),
        Optional.of(reason),
        List.of(),
        Optional.empty());
  }

  /** This mark listing {@code listed}, each as of {@code asOf}. */
  public StatementMark withDisputes(List<StatementDispute> listed, Instant asOf) {
    return new StatementMark(
        status,
        version,
        closesAt,
        reason,
        listed.stream().map(d -> d.asOf(asOf)).toList(),
        reviewOverdueSince);
  }

  /** This mark saying the customer's review is overdue since {@code since}, when it is. */
  public StatementMark withReviewOverdueSince(Optional<LocalDate> since) {
    return new StatementMark(status, version, closesAt, reason, disputes, since);
  }
}
