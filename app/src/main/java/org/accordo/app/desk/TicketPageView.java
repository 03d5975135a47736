package org.accordo.app.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.accordo.app.clocks.Escalation;
import org.accordo.app.clocks.EscalationKind;
import org.accordo.app.notifications.Notification;
import org.accordo.app.render.Labels;
import org.accordo.app.tickets.StoredEvent;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.ui.Formats;
import org.accordo.core.clock.EventType;
import org.accordo.core.policy.Metric;

/**
 * What the ticket page shows: the ticket, its clocks (numbers, bar, story), its events, and the
 * escalations and notifications its clocks caused, every instant in the reader's zone.
 *
 * @param id Accordo's id of the ticket
 * @param externalId its PSA number, or null
 * @param subject its subject (escaped by the template)
 * @param customer the customer's name
 * @param priority the priority now
 * @param status the status now, in words
 * @param service the service, or null
 * @param opened when it was opened
 * @param clocks its clocks, as the SLA's engine measures them now; empty when no SLA measures it
 * @param events its events in the order they are folded
 * @param escalations the escalations and breaches recorded for it
 * @param notifications the notifications told of them
 * @param asOf the moment the clocks were measured
 */
public record TicketPageView(
    String id,
    String externalId,
    String subject,
    String customer,
    String priority,
    String status,
    String service,
    String opened,
    List<ClockPanel> clocks,
    List<EventLine> events,
    List<EscalationLine> escalations,
    List<NotificationLine> notifications,
    String asOf) {

  /**
   * An event of the ticket.
   *
   * @param at when it happened
   * @param what its type in words
   * @param detail what it carried (priority, status, visibility, exclusion), or empty
   * @param recorded when Accordo received it
   */
  public record EventLine(String at, String what, String detail, String recorded) {}

  /**
   * An escalation or breach recorded for the ticket.
   *
   * @param at when the clock crossed
   * @param what escalation or breach, with its level
   * @param metric the metric in words, with the cycle
   * @param breach true for a breach
   */
  public record EscalationLine(String at, String what, String metric, boolean breach) {}

  /**
   * A notification told of an escalation of the ticket.
   *
   * @param at when it was written
   * @param channel its channel
   * @param recipient who receives it
   * @param subject its subject line
   * @param state pending, delivered or dead, in words
   * @param css the state's class
   * @param attempts the attempts made
   * @param failure the last failure, or empty
   */
  public record NotificationLine(
      String at,
      String channel,
      String recipient,
      String subject,
      String state,
      String css,
      int attempts,
      String failure) {}

  public TicketPageView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    clocks = List.copyOf(clocks);
    events = List.copyOf(events);
    escalations = List.copyOf(escalations);
    notifications = List.copyOf(notifications);
  }

  /** The event's line. */
  static EventLine event(StoredEvent e, ZoneId zone, Labels labels) {
    return new EventLine(
        Formats.instant(e.at(), zone),
        labels.get("event." + e.type().id()),
        detail(e, zone, labels),
        Formats.instant(e.recordedAt(), zone));
  }

  private static String detail(StoredEvent e, ZoneId zone, Labels labels) {
    EventType type = e.type();
    if (type == EventType.CREATED || type == EventType.PRIORITY_CHANGED) {
      return e.priority() == null ? "" : e.priority();
    }
    if (type == EventType.STATUS_CHANGED && e.status() != null) {
      return labels.get("status." + e.status().id());
    }
    if (type == EventType.AGENT_REPLIED && e.isPublic() != null) {
      return labels.get(e.isPublic() ? "page.ticket.public" : "page.ticket.internal");
    }
    if (type == EventType.EXCLUDED && e.from() != null && e.to() != null) {
      List<String> parts = new ArrayList<>();
      parts.add(Formats.instant(e.from(), zone) + " – " + Formats.instant(e.to(), zone));
      if (e.reason() != null) {
        parts.add(e.reason());
      }
      parts.add(
          e.metrics() == null || e.metrics().isEmpty()
              ? labels.get("page.ticket.all.metrics")
              : e.metrics().stream()
                  .map(m -> labels.get("metric." + m.id()))
                  .collect(Collectors.joining(", ")));
      return String.join(" · ", parts);
    }
    return "";
  }

  /** The escalation's line. */
  static EscalationLine escalation(Escalation e, ZoneId zone, Labels labels) {
    boolean breach = e.kind() == EscalationKind.BREACH;
    String level = e.level() == null ? "" : " " + e.level();
    Metric metric = e.metric();
    return new EscalationLine(
        Formats.instant(e.occurredAt(), zone),
        labels.get(
                breach ? "page.ticket.breach" : "page.ticket.escalation",
                ClockPanel.percent(e.atFraction().doubleValue()))
            + level,
        metric == null
            ? ""
            : labels.get(
                "page.ticket.metric.cycle", labels.get("metric." + metric.id()), e.cycle()),
        breach);
  }

  /** The notification's line. */
  static NotificationLine notification(Notification n, ZoneId zone, Labels labels) {
    String state = n.delivery().state().id();
    return new NotificationLine(
        Formats.instant(n.createdAt(), zone),
        n.channel(),
        n.recipient().address(),
        n.subject(),
        labels.get("page.ticket.delivery." + state),
        state,
        n.delivery().attempts(),
        n.delivery().lastFailure() == null ? "" : n.delivery().lastFailure().label());
  }

  /** The ticket's heading fields. */
  static TicketPageView of(
      Ticket ticket,
      String customer,
      List<ClockPanel> clocks,
      List<EventLine> events,
      List<EscalationLine> escalations,
      List<NotificationLine> notifications,
      Instant now,
      ZoneId zone,
      Labels labels) {
    return new TicketPageView(
        ticket.id(),
        ticket.externalId(),
        ticket.subject(),
        customer,
        ticket.priority(),
        labels.get("status." + ticket.status().id()),
        ticket.service(),
        Formats.instant(ticket.openedAt(), zone),
        clocks,
        events,
        escalations,
        notifications,
        Formats.instant(now, zone));
  }
}
