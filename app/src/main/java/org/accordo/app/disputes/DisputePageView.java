package org.accordo.app.disputes;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Role;
import org.accordo.app.ui.Formats;

/**
 * The page of one dispute as its reader sees it: what is disputed, its state and outcome, its
 * thread (internal notes only for staff, as the facade answers it), and which forms the reader may
 * use: a message while it is open, an internal note for staff, the decision for an admin.
 *
 * @param subjectKind {@code clock}, {@code outage} or {@code credit_line}: which correction the
 *     decision form asks for
 * @param decision the admin's reason and the correcting action in words, or null while open
 */
public record DisputePageView(
    String id,
    String href,
    String customerId,
    String subjectKind,
    String subject,
    String state,
    boolean open,
    String text,
    String openedAt,
    String decidedAt,
    String decision,
    List<MessageLine> messages,
    boolean canWrite,
    boolean canNote,
    boolean canDecide) {

  public DisputePageView {
    Objects.requireNonNull(id, "id");
    messages = List.copyOf(messages);
  }

  /**
   * A message of the thread.
   *
   * @param author "the customer" or "staff", in the page's language
   */
  public record MessageLine(int seq, String author, boolean internal, String text, String at) {}

  /** A line of the disputes' list. */
  public record ListLine(
      String href, String openedAt, String customerId, String subject, String state) {}

  /** The page of {@code read} for a reader of {@code role}, instants in {@code zone}. */
  static DisputePageView of(Disputes.WithThread read, Role role, ZoneId zone, Labels labels) {
    Dispute d = read.dispute();
    boolean open = d.state() == DisputeState.OPEN;
    return new DisputePageView(
        d.id(),
        "/disputes/" + d.id(),
        d.customerId(),
        d.subject().id(),
        subject(d, labels),
        labels.get("dispute.state." + d.state().id()),
        open,
        d.text(),
        Formats.instant(d.openedAt(), zone),
        d.decidedAt() == null ? null : Formats.instant(d.decidedAt(), zone),
        open ? null : StatementDisputes.listed(d).outcome(),
        read.messages().stream().map(m -> line(m, zone, labels)).toList(),
        open,
        open && role != Role.CUSTOMER,
        open && role == Role.ADMIN);
  }

  /** A line of the list. */
  static ListLine line(Dispute d, ZoneId zone, Labels labels) {
    return new ListLine(
        "/disputes/" + d.id(),
        Formats.instant(d.openedAt(), zone),
        d.customerId(),
        subject(d, labels),
        labels.get("dispute.state." + d.state().id()));
  }

  /** "Clock INC-1 · resolution", in the page's language. */
  static String subject(Dispute d, Labels labels) {
    return labels.get("dispute.subject." + d.subject().id())
        + " "
        + StatementDisputes.listed(d).reference();
  }

  private static MessageLine line(DisputeMessage m, ZoneId zone, Labels labels) {
    return new MessageLine(
        m.seq(),
        labels.get(m.byStaff() ? "page.dispute.by_staff" : "page.dispute.by_customer"),
        m.internal(),
        m.text(),
        Formats.instant(m.writtenAt(), zone));
  }
}
