package org.accordo.app.notifications;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A receiver of escalation webhooks.
 *
 * @param customerId the customer whose escalations it receives, or null for every customer's
 * @param secret the HMAC-SHA256 key that signs its deliveries; never shown
 * @param disabledAt when an admin disabled it, or null while active
 */
public record WebhookSubscription(
    String id,
    URI url,
    String secret,
    String customerId,
    Instant createdAt,
    String createdBy,
    Instant disabledAt) {

  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
  }
}
