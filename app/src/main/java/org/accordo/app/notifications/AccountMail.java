package org.accordo.app.notifications;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mails to a person about their account (an invitation, a password reset), written into the
 * outbox in the caller's transaction and delivered by the e-mail channel like every notification,
 * with its retries. Such a message tells of no escalation: the API's list of notifications never
 * shows it, and its body, which holds a one-time link, is cleared once it is delivered or dead.
 */
@Service
public class AccountMail {

  /** The payload's field holding the e-mail's text. */
  static final String BODY = "body";

  private final NotificationRepository notifications;
  private final JsonMapper json;
  private final Clock clock;

  AccountMail(NotificationRepository notifications, JsonMapper json, Clock clock) {
    this.notifications = notifications;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Queues a plain-text e-mail to {@code address}, due at once; it is sent when the caller's
   * transaction commits (and never if it rolls back).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void send(String address, String subject, String body) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    var now = clock.instant();
    notifications.insert(
        new Notification(
            UUID.randomUUID().toString(),
            null,
            null,
            null,
            EmailChannel.NAME,
            new Recipient(address, EmailChannel.DESTINATION),
            subject,
            json.writeValueAsString(Map.of(BODY, body)),
            Delivery.due(now),
            now,
            null));
  }
}
