package org.accordo.app.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.accordo.app.clocks.Escalation;
import org.accordo.app.clocks.EscalationKind;
import org.accordo.app.clocks.EscalationListener;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.EscalationLevel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the notifications of a recorded escalation into the outbox, in the recording transaction:
 * an e-mail to the address of the escalation's level in the contract's escalation matrix (none when
 * the level has no e-mail; held until the level's {@code hours} open, if it names any), and a
 * webhook delivery to each active subscription for the customer.
 */
@Component
class Outbox implements EscalationListener {

  private final NotificationRepository notifications;
  private final WebhookSubscriptionRepository subscriptions;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(
      NotificationRepository notifications,
      WebhookSubscriptionRepository subscriptions,
      JsonMapper json,
      Clock clock) {
    this.notifications = notifications;
    this.subscriptions = subscriptions;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void recorded(Escalation escalation, Contract contract) {
    Instant now = clock.instant();
    String subject = subject(escalation);
    Optional<EscalationLevel> level =
        Optional.ofNullable(escalation.level())
            .flatMap(id -> contract.escalation().flatMap(m -> m.level(id)));
    level
        .flatMap(EscalationLevel::email)
        .ifPresent(
            address ->
                enqueue(
                    escalation,
                    Notification.EMAIL,
                    address,
                    subject,
                    now,
                    quietUntil(level.get(), contract, now)));
    for (WebhookSubscription s : subscriptions.activeFor(escalation.customerId())) {
      enqueue(escalation, Notification.WEBHOOK, s.id(), subject, now, now);
    }
  }

  /**
   * Quiet hours ({@link QuietHours}): an e-mail to a level with {@code hours} waits until that
   * calendar is open.
   */
  private static Instant quietUntil(EscalationLevel level, Contract contract, Instant now) {
    return QuietHours.firstOpen(QuietHours.hours(Optional.of(level), contract), now);
  }

  private void enqueue(
      Escalation escalation,
      String channel,
      String recipient,
      String subject,
      Instant now,
      Instant firstAttempt) {
    String id = UUID.randomUUID().toString();
    notifications.insert(
        new Notification(
            id,
            escalation.id(),
            escalation.customerId(),
            escalation.ticketId(),
            channel,
            recipient,
            subject,
            payload(id, escalation),
            Notification.PENDING,
            0,
            firstAttempt,
            null,
            now,
            null,
            null));
  }

  /**
   * The JSON document delivered: the escalation, and the delivery id receivers use to drop
   * duplicates.
   */
  private String payload(String deliveryId, Escalation e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("delivery_id", deliveryId);
    body.put("type", e.kind().id());
    body.put("escalation_id", e.id());
    body.put("customer_id", e.customerId());
    body.put("ticket_id", e.ticketId());
    body.put("metric", e.metric().id());
    body.put("cycle", e.cycle());
    body.put("priority", e.priority());
    body.put("level", e.level());
    body.put("at_fraction", e.atFraction());
    body.put("occurred_at", e.occurredAt().toString());
    body.put("recorded_at", e.recordedAt().toString());
    return json.writeValueAsString(body);
  }

  private static String subject(Escalation e) {
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
        + e.ticketId()
        + ", "
        + e.metric().id().replace('_', ' ')
        + " "
        + what;
  }
}
