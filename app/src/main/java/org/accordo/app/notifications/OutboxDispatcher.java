package org.accordo.app.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.operations.NodeId;
import org.accordo.app.security.Caller;
import org.accordo.app.work.DueWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: every {@code accordo.notifications.poll-interval} (default 1 s) it claims
 * due pending rows ({@code FOR UPDATE SKIP LOCKED}) and attempts each. A failed attempt is retried
 * after {@code backoff x 2^(attempts - 1)} (default backoff 30 s, at most {@code max-backoff},
 * default 1 h); after {@code max-attempts} (default 8) the row is {@code dead}, visible in the API.
 * A retry of an e-mail held by quiet hours waits, beyond its backoff, until the recipient's hours
 * open. Delivery is at least once: a crash after sending and before the commit sends again, with
 * the same idempotency id.
 */
@Component
@ConditionalOnProperty(
    name = "accordo.notifications.dispatcher",
    havingValue = "on",
    matchIfMissing = true)
class OutboxDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
  static final int BATCH = 20;

  private final NotificationRepository notifications;
  private final WebhookSubscriptionRepository subscriptions;
  private final EmailSender email;
  private final WebhookSender webhooks;
  private final QuietHours quietHours;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int maxAttempts;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final NodeId node;

  OutboxDispatcher(
      NotificationRepository notifications,
      WebhookSubscriptionRepository subscriptions,
      EmailSender email,
      WebhookSender webhooks,
      QuietHours quietHours,
      AuditLog audit,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${accordo.notifications.max-attempts:8}") int maxAttempts,
      @Value("${accordo.notifications.backoff:30s}") Duration backoff,
      @Value("${accordo.notifications.max-backoff:1h}") Duration maxBackoff,
      NodeId node) {
    this.notifications = notifications;
    this.subscriptions = subscriptions;
    this.email = email;
    this.webhooks = webhooks;
    this.quietHours = quietHours;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
    this.node = node;
  }

  @Scheduled(fixedDelayString = "${accordo.notifications.poll-interval:1s}")
  void poll() {
    DueWork.drain(this::runBatch, BATCH, LOG, "delivering notifications");
  }

  /** Attempts one batch of due notifications; returns how many there were. */
  int runBatch() {
    Integer done =
        transaction.execute(
            status -> {
              Instant now = clock.instant();
              List<Notification> due = notifications.claimDue(now, BATCH);
              due.forEach(n -> attempt(n, now));
              return due.size();
            });
    return done == null ? 0 : done;
  }

  private void attempt(Notification n, Instant now) {
    try {
      deliver(n);
      notifications.markDelivered(n.id(), now, node);
    } catch (DeliveryFailed failed) {
      int attempts = n.attempts() + 1;
      if (attempts >= maxAttempts) {
        notifications.markFailed(n.id(), null, failed.getMessage(), node);
        audit.record(
            Caller.SYSTEM,
            "notification.dead",
            "notification",
            n.id(),
            n.customerId(),
            n.channel()
                + " to "
                + n.recipient()
                + " after "
                + attempts
                + " attempts: "
                + failed.getMessage());
      } else {
        notifications.markFailed(
            n.id(), quietHours.retryAt(n, now.plus(delay(attempts))), failed.getMessage(), node);
      }
    }
  }

  /** The wait after the {@code attempts}-th failed attempt: backoff doubled each time, capped. */
  Duration delay(int attempts) {
    Duration delay = backoff;
    for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }

  private void deliver(Notification n) throws DeliveryFailed {
    if (Notification.EMAIL.equals(n.channel())) {
      email.send(n);
      return;
    }
    Optional<WebhookSubscription> subscription = subscriptions.find(n.recipient());
    if (subscription.isEmpty() || subscription.get().disabledAt() != null) {
      throw new DeliveryFailed("webhook subscription " + n.recipient() + " is disabled");
    }
    webhooks.send(n, subscription.get());
  }
}
