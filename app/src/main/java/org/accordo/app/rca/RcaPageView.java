package org.accordo.app.rca;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Role;
import org.accordo.app.ui.Formats;

/**
 * The page of one RCA as its reader sees it, every text already in the reader's language and
 * instants in their zone: the obligation (tickets, due, whether it is or was late), the record (a
 * customer's without the internal notes, as the facade answers it), and which forms the reader may
 * use: the record, a ticket and the delivery for staff while a draft; the answer for the customer
 * once delivered.
 *
 * @param timing "on time", "late" or, for a draft, the time left or how long it is overdue
 * @param late true when delivered after its due instant, or a draft past it
 * @param answer the customer's reason for a dispute or note on acceptance, or null
 */
public record RcaPageView(
    String id,
    String href,
    String customer,
    String stateId,
    String state,
    String openedBy,
    String priority,
    String openedAt,
    String due,
    String deliveredAt,
    String answeredAt,
    String timing,
    boolean late,
    List<TicketLine> tickets,
    String summary,
    String rootCause,
    List<TimelineLine> timeline,
    List<String> factors,
    List<ActionLine> actions,
    List<NoteLine> notes,
    String answer,
    boolean canEdit,
    boolean canAnswer) {

  public RcaPageView {
    Objects.requireNonNull(id, "id");
    tickets = List.copyOf(tickets);
    timeline = List.copyOf(timeline);
    factors = List.copyOf(factors);
    actions = List.copyOf(actions);
    notes = List.copyOf(notes);
  }

  /** A ticket the RCA covers: its name and the page the reader may open it on. */
  public record TicketLine(String name, String href) {}

  /** A line of the incident's timeline. */
  public record TimelineLine(String at, String what) {}

  /** An action, its kind and state in words. */
  public record ActionLine(
      String kind, String description, String owner, String due, String state) {}

  /** A note, {@code internal} only ever for staff. */
  public record NoteLine(boolean internal, String visibility, String text) {}

  /** A line of the RCAs' list. */
  public record ListLine(
      String href,
      String id,
      String customer,
      String tickets,
      String due,
      String stateId,
      String state,
      String timing,
      boolean late) {}

  /**
   * The page of {@code rca} for a reader of {@code role} at {@code now}.
   *
   * @param customer the customer's name
   * @param tickets its tickets' names, in its order
   */
  static RcaPageView of(
      Rca rca,
      String customer,
      List<String> tickets,
      Role role,
      Instant now,
      ZoneId zone,
      Labels labels) {
    boolean staff = role != Role.CUSTOMER;
    String ticketPage = staff ? "/tickets/" : "/portal/tickets/";
    RcaBody body = rca.body();
    return new RcaPageView(
        rca.id(),
        "/rcas/" + rca.id(),
        customer,
        rca.state().id(),
        labels.get("rca.state." + rca.state().id()),
        labels.get("rca.opened_by." + rca.openedBy().id()),
        rca.priority(),
        Formats.instant(rca.openedAt(), zone),
        Formats.instant(rca.dueAt(), zone),
        instant(rca.deliveredAt(), zone),
        instant(rca.answeredAt(), zone),
        timing(rca, now, labels),
        rca.breachedAt(now) != null,
        java.util.stream.IntStream.range(0, rca.tickets().size())
            .mapToObj(i -> new TicketLine(tickets.get(i), ticketPage + rca.tickets().get(i)))
            .toList(),
        rca.summary(),
        rca.rootCause(),
        body.timeline().stream()
            .map(e -> new TimelineLine(Formats.instant(e.at(), zone), e.what()))
            .toList(),
        body.contributingFactors(),
        body.actions().stream().map(a -> action(a, labels)).toList(),
        body.notes().stream()
            .filter(n -> staff || n.visibility() == RcaBody.NoteVisibility.CUSTOMER)
            .map(n -> note(n, labels))
            .toList(),
        rca.answer(),
        staff && rca.state() == RcaState.DRAFT,
        !staff && rca.state() == RcaState.DELIVERED);
  }

  /** The line of {@code rca} in the list at {@code now}. */
  static ListLine line(
      Rca rca, String customer, List<String> tickets, Instant now, ZoneId zone, Labels labels) {
    return new ListLine(
        "/rcas/" + rca.id(),
        rca.id(),
        customer,
        String.join(", ", tickets),
        Formats.instant(rca.dueAt(), zone),
        rca.state().id(),
        labels.get("rca.state." + rca.state().id()),
        timing(rca, now, labels),
        rca.breachedAt(now) != null);
  }

  /** A delivered RCA: on time or late; a draft: the time left, or how long it is overdue. */
  static String timing(Rca rca, Instant now, Labels labels) {
    if (rca.deliveredAt() != null) {
      return labels.get(
          rca.breachedAt(now) == null ? "page.rca.timing.on_time" : "page.rca.timing.late");
    }
    Duration left = Duration.between(now, rca.dueAt());
    return left.isNegative() || left.isZero()
        ? labels.get("page.board.overdue", Formats.hoursAndMinutes(left))
        : labels.get("page.rca.timing.left", Formats.hoursAndMinutes(left));
  }

  private static ActionLine action(RcaBody.Action a, Labels labels) {
    return new ActionLine(
        labels.get("rca.action.kind." + a.kind().name().toLowerCase(java.util.Locale.ROOT)),
        a.description(),
        a.owner(),
        a.due().toString(),
        labels.get("rca.action.state." + a.state().name().toLowerCase(java.util.Locale.ROOT)));
  }

  private static NoteLine note(RcaBody.Note n, Labels labels) {
    boolean internal = n.visibility() == RcaBody.NoteVisibility.INTERNAL;
    return new NoteLine(
        internal,
        labels.get(internal ? "page.rca.note.internal" : "page.rca.note.customer"),
        n.text());
  }

  private static String instant(Instant at, ZoneId zone) {
    return at == null ? null : Formats.instant(at, zone);
  }
}
