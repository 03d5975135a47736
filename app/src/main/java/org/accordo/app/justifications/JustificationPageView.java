package org.accordo.app.justifications;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;
import org.accordo.app.ui.Viewer;

/**
 * What the pages of breach justification print, already formatted for their reader: a line of the
 * staff's list (with the decision forms only for an admin who did not ask: the four-eyes rule
 * shown), and an excused clock as the customer's portal ticket page shows it.
 */
public final class JustificationPageView {

  private JustificationPageView() {}

  /**
   * A request on the staff's list.
   *
   * @param ticketHref the staff ticket page of its ticket
   * @param clock "Resolution · cycle 1", in the page's language
   * @param reason the reason code in words
   * @param interval the excluded interval in the reader's zone, "from – to"
   * @param askedBy who asked ("you" for the reader), and when
   * @param decision who decided, when and the note, or null while requested
   * @param askedByReader true when the reader asked for it: they may not decide it
   * @param canDecide true for an admin who did not ask, while requested
   */
  public record Line(
      String id,
      String ticketId,
      String ticketHref,
      String customerId,
      String clock,
      String reason,
      String evidence,
      String interval,
      String askedBy,
      String state,
      String stateId,
      String decision,
      boolean askedByReader,
      boolean canDecide) {

    public Line {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(state, "state");
    }
  }

  /**
   * An approved request as the customer reads it on their ticket's page.
   *
   * @param clock "Resolution · cycle 1", in the page's language
   * @param reason the reason code in words
   * @param evidence what the provider gave as evidence
   * @param interval the excluded interval in the reader's zone
   * @param approvedAt when it was approved, in the reader's zone
   */
  public record Excused(
      String clock, String reason, String evidence, String interval, String approvedAt) {

    public Excused {
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The line of {@code j} for {@code reader}, instants in {@code zone}. */
  static Line line(Justification j, Viewer reader, ZoneId zone, Labels labels) {
    boolean mine = j.askedBy().equals(reader.caller().tokenId());
    boolean requested = j.state() == JustificationState.REQUESTED;
    return new Line(
        j.id(),
        j.ticketId(),
        "/tickets/" + j.ticketId(),
        j.customerId(),
        clock(j, labels),
        reason(j, labels),
        j.evidence(),
        interval(j, zone),
        labels.get(
            "page.justifications.asked.by",
            mine ? labels.get("page.justifications.you") : j.askedBy(),
            Formats.instant(j.askedAt(), zone)),
        labels.get("justification.state." + j.state().id()),
        j.state().id(),
        requested ? null : decision(j, zone, labels),
        mine,
        requested && !mine && reader.role() == org.accordo.app.security.Role.ADMIN);
  }

  /** The approved requests among {@code all}, as the customer reads them. */
  public static List<Excused> excused(List<Justification> all, ZoneId zone, Labels labels) {
    return all.stream()
        .filter(j -> j.state() == JustificationState.APPROVED)
        .map(
            j ->
                new Excused(
                    clock(j, labels),
                    reason(j, labels),
                    j.evidence(),
                    interval(j, zone),
                    Formats.instant(j.decidedAt(), zone)))
        .toList();
  }

  static String clock(Justification j, Labels labels) {
    return labels.get(
        "page.justifications.clock", labels.get("metric." + j.metric().id()), j.cycle());
  }

  static String reason(Justification j, Labels labels) {
    return labels.get("justification.reason." + j.reason().id());
  }

  private static String interval(Justification j, ZoneId zone) {
    return Formats.instant(j.excludedFrom(), zone) + " – " + Formats.instant(j.excludedTo(), zone);
  }

  private static String decision(Justification j, ZoneId zone, Labels labels) {
    String said =
        labels.get(
            "page.justifications.decided.by", j.decidedBy(), Formats.instant(j.decidedAt(), zone));
    return j.decisionNote() == null ? said : said + ": " + j.decisionNote();
  }
}
