package org.accordo.app.notifications;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One message of the outbox.
 *
 * @param id the idempotency id: the same for every attempt, so a receiver can drop duplicates
 * @param escalationId the escalation or breach it tells of; null for a {@link CustomerMessage} or a
 *     message about a person's account ({@link AccountMail})
 * @param customerId the customer it is about; null for an account message
 * @param ticket the ticket, named as people name it; null for a {@link CustomerMessage} or an
 *     account message
 * @param channel the name of the {@link NotificationChannel} that delivers it ({@code email},
 *     {@code webhook}, ...)
 * @param recipient who receives it on that channel, and where it goes
 * @param subject the subject line (an e-mail's subject; kept for every channel, for people reading
 *     the list)
 * @param payload the JSON document delivered (a webhook's body; an e-mail lists its fields)
 * @param delivery its state, attempts and last failure
 * @param createdAt when it was written, with its escalation or message
 * @param attachment the reference of a document an e-mail carries ({@link MessageAttachments}), or
 *     null
 */
public record Notification(
    String id,
    String escalationId,
    String customerId,
    NotifiedTicket ticket,
    String channel,
    Recipient recipient,
    String subject,
    String payload,
    Delivery delivery,
    Instant createdAt,
    String attachment) {

  /** A channel's name: 1 to 16 of {@code a-z 0-9 -}, starting with a letter. */
  static final Pattern CHANNEL_NAME = Pattern.compile("[a-z][a-z0-9-]{0,15}");

  public Notification {
    Objects.requireNonNull(id, "id");
    if ((escalationId == null) != (ticket == null)) {
      throw new IllegalArgumentException(
          "a notification tells of an escalation of a ticket, or (a customer's or an account's"
              + " message) of neither");
    }
    Objects.requireNonNull(channel, "channel");
    if (!CHANNEL_NAME.matcher(channel).matches()) {
      throw new IllegalArgumentException(
          "a channel name is 1 to 16 of a-z, 0-9 and '-', starting with a letter; was '"
              + channel
              + "'");
    }
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** This notification with its delivery at {@code changed}. */
  Notification with(Delivery changed) {
    return new Notification(
        id,
        escalationId,
        customerId,
        ticket,
        channel,
        recipient,
        subject,
        payload,
        changed,
        createdAt,
        attachment);
  }

  /**
   * Where it goes, for the cap of deliveries at once per destination: the recipient's destination,
   * or the channel for a row written before destinations were.
   */
  /** True for a message about a person's account, which tells of no escalation. */
  boolean isAccountMessage() {
    return customerId == null;
  }

  String destination() {
    return recipient.destination() == null ? channel : recipient.destination();
  }
}
