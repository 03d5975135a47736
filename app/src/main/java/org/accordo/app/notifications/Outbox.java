package org.accordo.app.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.accordo.app.clocks.Escalation;
import org.accordo.app.clocks.EscalationKind;
import org.accordo.app.clocks.EscalationListener;
import org.accordo.app.tickets.TicketNames;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.EscalationLevel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the notifications of a recorded escalation into the outbox, in the recording transaction:
 * one per recipient that each {@link NotificationChannel} names, due at once, or for people when
 * the level's quiet hours open ({@link QuietHours}). History loaded for the customer writes none
 * ({@link HistoryLoads}). The ticket is named by its PSA number and subject ({@link TicketNames}).
 */
@Component
class Outbox implements EscalationListener {

  private final NotificationRepository notifications;
  private final NotificationChannels channels;
  private final HistoryLoads history;
  private final TicketNames tickets;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(
      NotificationRepository notifications,
      NotificationChannels channels,
      HistoryLoads history,
      TicketNames tickets,
      JsonMapper json,
      Clock clock) {
    this.notifications = notifications;
    this.channels = channels;
    this.history = history;
    this.tickets = tickets;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void recorded(Escalation escalation, Contract contract) {
    if (!history.isHistory(escalation)) {
      notify(escalation, contract);
    }
  }

  /** As {@link #recorded} each, reading each customer's history cutoff once. */
  @Override
  public void recordedAll(List<Recorded> recorded) {
    Map<String, Optional<Instant>> cutoffs = new HashMap<>();
    for (Recorded r : recorded) {
      Optional<Instant> notifyFrom =
          cutoffs.computeIfAbsent(r.escalation().customerId(), history::notifyFrom);
      if (!HistoryLoads.isHistory(r.escalation(), notifyFrom)) {
        notify(r.escalation(), r.contract());
      }
    }
  }

  /** Writes the escalation's notifications into the outbox. */
  private void notify(Escalation escalation, Contract contract) {
    Instant now = clock.instant();
    NotifiedTicket ticket =
        tickets
            .of(escalation.ticketId())
            .map(t -> new NotifiedTicket(t.id(), t.externalId(), t.subject()))
            .orElse(new NotifiedTicket(escalation.ticketId(), null, null));
    String subject = subject(escalation, ticket);
    Instant quietUntil = quietUntil(escalation, contract, now);
    for (NotificationChannel channel : channels.all()) {
      Instant first = channel.audience() == Audience.PEOPLE ? quietUntil : now;
      for (Recipient recipient : channel.recipients(escalation, contract)) {
        String id = UUID.randomUUID().toString();
        notifications.insert(
            new Notification(
                id,
                escalation.id(),
                escalation.customerId(),
                ticket,
                channel.name(),
                recipient,
                subject,
                payload(id, escalation, ticket),
                Delivery.due(first),
                now,
                null));
      }
    }
  }

  /** When people of the escalation's level may be told: at once, or when their hours open. */
  private static Instant quietUntil(Escalation escalation, Contract contract, Instant now) {
    Optional<EscalationLevel> level =
        Optional.ofNullable(escalation.level())
            .flatMap(id -> contract.escalation().flatMap(m -> m.level(id)));
    return QuietHours.firstOpen(QuietHours.hours(level, contract), now);
  }

  /**
   * The JSON document delivered: the escalation, the ticket as people name it, and the delivery id
   * receivers use to drop duplicates.
   */
  private String payload(String deliveryId, Escalation e, NotifiedTicket ticket) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("delivery_id", deliveryId);
    body.put("type", e.kind().id());
    body.put("escalation_id", e.id());
    body.put("customer_id", e.customerId());
    body.put("ticket_id", e.ticketId());
    body.put("ticket_external_id", ticket.externalId());
    body.put("ticket_subject", ticket.subject());
    body.put("metric", e.metric().id());
    body.put("cycle", e.cycle());
    body.put("priority", e.priority());
    body.put("level", e.level());
    body.put("at_fraction", e.atFraction());
    body.put("occurred_at", e.occurredAt().toString());
    body.put("recorded_at", e.recordedAt().toString());
    return json.writeValueAsString(body);
  }

  /** Such as {@code [Accordo] L1: P1 ticket INC-4711 "VPN down", first response at 75% ...}. */
  private static String subject(Escalation e, NotifiedTicket ticket) {
    String what =
        e.kind() == EscalationKind.BREACH
            ? "breached"
            : "at "
                + e.atFraction().movePointRight(2).stripTrailingZeros().toPlainString()
                + "% of its target";
    return "[Accordo] "
        + (e.level() == null ? "" : e.level() + ": ")
        + e.priority()
        + " ticket "
        + ticket.named()
        + ", "
        + e.metric().id().replace('_', ' ')
        + " "
        + what;
  }
}
