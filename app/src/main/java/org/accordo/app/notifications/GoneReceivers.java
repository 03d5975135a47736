package org.accordo.app.notifications;

import java.time.Clock;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.egress.UrlCredentials;
import org.accordo.app.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A receiver that answers {@code 410 Gone} says it will never take deliveries again: its
 * subscription is disabled with the reason {@code gone} (shown on it in {@code GET
 * /api/v1/webhooks}) and the audit log records {@code webhook.disabled} by {@code system}, which is
 * how admins are told.
 */
@Component
class GoneReceivers {

  private final WebhookSubscriptionRepository subscriptions;
  private final AuditLog audit;
  private final Clock clock;

  GoneReceivers(WebhookSubscriptionRepository subscriptions, AuditLog audit, Clock clock) {
    this.subscriptions = subscriptions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  void disable(WebhookSubscription subscription) {
    if (subscriptions.disable(
        subscription.id(), clock.instant(), WebhookSubscription.DisabledReason.GONE)) {
      audit.record(
          Caller.SYSTEM,
          "webhook.disabled",
          "webhook_subscription",
          subscription.id(),
          subscription.customerId(),
          "its receiver "
              + UrlCredentials.masked(subscription.url().toString())
              + " answered 410 Gone");
    }
  }
}
