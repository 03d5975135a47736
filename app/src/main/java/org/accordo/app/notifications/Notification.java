package org.accordo.app.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of the outbox.
 *
 * @param id the idempotency id: the same for every attempt, so a receiver can drop duplicates
 * @param channel {@code email} or {@code webhook}
 * @param recipient the e-mail address, or the webhook subscription's id
 * @param subject the e-mail subject (also kept for webhooks, for people reading the list)
 * @param payload the JSON document delivered (the webhook body; the e-mail lists its fields)
 * @param state {@code pending}, {@code delivered} or {@code dead}
 * @param attempts the attempts made so far
 * @param nextAttemptAt when the next attempt is due; null once delivered or dead
 * @param lastError why the last attempt failed, or null
 * @param deliveredByNode the node ({@code accordo.node-id}) that made the last attempt, or null
 *     before any
 */
public record Notification(
    String id,
    String escalationId,
    String customerId,
    String ticketId,
    String channel,
    String recipient,
    String subject,
    String payload,
    String state,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant deliveredAt,
    String deliveredByNode) {

  public static final String EMAIL = "email";
  public static final String WEBHOOK = "webhook";
  public static final String PENDING = "pending";
  public static final String DELIVERED = "delivered";
  public static final String DEAD = "dead";

  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(escalationId, "escalationId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
