package org.accordo.app.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link CustomerMessage} into the outbox, in the caller's transaction, so the message is
 * sent exactly when what it tells of is committed: one notification per recipient each channel of
 * its audiences names ({@link NotificationChannel#recipients(CustomerMessage)}), due at once,
 * delivered and retried by the dispatcher as any other. Quiet hours belong to escalation levels and
 * do not hold messages.
 */
@Service
public class CustomerMessages {

  private final NotificationRepository notifications;
  private final NotificationChannels channels;
  private final JsonMapper json;
  private final Clock clock;

  CustomerMessages(
      NotificationRepository notifications,
      NotificationChannels channels,
      JsonMapper json,
      Clock clock) {
    this.notifications = notifications;
    this.channels = channels;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Writes the message's notifications.
   *
   * @return how many were written (0 when no channel has a recipient for it)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int send(CustomerMessage message) {
    Instant now = clock.instant();
    int written = 0;
    for (NotificationChannel channel : channels.all()) {
      if (!message.audiences().contains(channel.audience())) {
        continue;
      }
      for (Recipient recipient : channel.recipients(message)) {
        String id = UUID.randomUUID().toString();
        notifications.insert(
            new Notification(
                id,
                null,
                message.customerId(),
                null,
                channel.name(),
                recipient,
                message.subject(),
                payload(id, message),
                Delivery.due(now),
                now,
                message.attachment().orElse(null)));
        written++;
      }
    }
    return written;
  }

  /** The JSON delivered: the delivery id receivers drop duplicates by, the type, the fields. */
  private String payload(String deliveryId, CustomerMessage message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("delivery_id", deliveryId);
    body.put("type", message.type());
    body.put("customer_id", message.customerId());
    body.putAll(message.fields());
    return json.writeValueAsString(body);
  }
}
