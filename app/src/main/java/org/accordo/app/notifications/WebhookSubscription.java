package org.accordo.app.notifications;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A receiver of escalation webhooks.
 *
 * @param url where deliveries are posted; its user info, if any, is sent as HTTP Basic credentials
 *     and is never shown or logged unmasked
 * @param customerId the customer whose escalations it receives, or null for every customer's
 * @param secret the HMAC-SHA256 key that signs its deliveries; never shown
 * @param disabledAt when it was disabled, or null while active
 * @param disabledReason why it was disabled, or null while active
 */
public record WebhookSubscription(
    String id,
    URI url,
    String secret,
    String customerId,
    Instant createdAt,
    String createdBy,
    Instant disabledAt,
    DisabledReason disabledReason) {

  /** Why a subscription no longer receives deliveries. */
  public enum DisabledReason {
    /** An admin disabled it ({@code DELETE /api/v1/webhooks/{id}}). */
    ADMIN,
    /** Its receiver answered {@code 410 Gone}: it says it will never take deliveries again. */
    GONE;

    /** The name stored and shown: {@code admin}, {@code gone}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    if ((disabledAt == null) != (disabledReason == null)) {
      throw new IllegalArgumentException(
          "a disabled subscription has a reason, an active one none");
    }
  }

  /** Where its deliveries go, for the cap per destination: the URL's host. */
  String destination() {
    return url.getHost() == null ? url.getRawAuthority() : url.getHost().toLowerCase(Locale.ROOT);
  }
}
