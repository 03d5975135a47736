package org.accordo.app.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.egress.UrlCredentials;
import org.accordo.app.operations.NodeId;
import org.accordo.app.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt of one claimed delivery, and its outcome recorded on its own row in its own
 * transaction. Whatever fails (the channel's {@link DeliveryFailed}, any other exception of a
 * channel, a rendering error) is this delivery's alone: it is recorded on its row, tried again
 * after {@code backoff x 2^(attempts - 1)} (at most {@code max-backoff}, and for people not before
 * their quiet hours end), and the attempt that reaches {@code max-attempts} (or a failure that no
 * retry can mend) makes the row {@code dead}, audited as {@code notification.dead}.
 */
@Component
class DeliveryAttempts {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempts.class);

  private final NotificationRepository notifications;
  private final NotificationChannels channels;
  private final QuietHours quietHours;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final NotificationSettings settings;
  private final NodeId node;

  DeliveryAttempts(
      NotificationRepository notifications,
      NotificationChannels channels,
      QuietHours quietHours,
      AuditLog audit,
      PlatformTransactionManager transactions,
      Clock clock,
      NotificationSettings settings,
      NodeId node) {
    this.notifications = notifications;
    this.channels = channels;
    this.quietHours = quietHours;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.settings = settings;
    this.node = node;
  }

  /**
   * Attempts {@code n}, leased to this node with its attempt counted, and records the outcome; a
   * retry waits its backoff from {@code claimedAt}. Never throws: an outcome that cannot be
   * recorded is logged, and the row is attempted again once its lease ends.
   */
  void attempt(Notification n, Instant claimedAt) {
    Optional<DeliveryFailed> failed = deliver(n);
    try {
      if (failed.isEmpty()) {
        transaction.executeWithoutResult(
            status ->
                notifications.markDelivered(
                    n.id(), n.delivery().attempts(), clock.instant(), node));
      } else {
        record(n, claimedAt, failed.get().failure(), failed.get().retry());
      }
    } catch (RuntimeException e) {
      LOG.error(
          "cannot record the outcome of delivery {}; it is attempted again once its claim ends: {}",
          n.id(),
          UrlCredentials.masked(String.valueOf(e.getMessage())));
    }
  }

  /** Delivers through the notification's channel: empty when delivered, else how it failed. */
  private Optional<DeliveryFailed> deliver(Notification n) {
    try {
      channel(n).deliver(n);
      return Optional.empty();
    } catch (DeliveryFailed failed) {
      LOG.debug("delivery {} failed: {}", n.id(), failed.getMessage());
      return Optional.of(failed);
    } catch (Exception | LinkageError e) {
      DeliveryFailure failure = DeliveryFailure.of(FailureReason.INTERNAL, e.toString());
      LOG.warn("delivery {} failed inside Accordo: {}", n.id(), failure.detail());
      return Optional.of(new DeliveryFailed(failure, DeliveryFailed.Retry.LATER, e));
    }
  }

  /**
   * Ends a delivery whose last allowed attempt was claimed by a node that stopped before recording
   * it; in the caller's transaction.
   */
  void interrupted(Notification n) {
    dead(
        n,
        DeliveryFailure.of(
            FailureReason.INTERRUPTED,
            "attempt "
                + n.delivery().attempts()
                + " by "
                + n.delivery().node()
                + " ended without an outcome (the node stopped)"));
  }

  /** The wait after the {@code attempts}-th failed attempt: backoff doubled each time, capped. */
  Duration delay(int attempts) {
    Duration delay = settings.backoff();
    for (int i = 1; i < attempts && delay.compareTo(settings.maxBackoff()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
  }

  private NotificationChannel channel(Notification n) throws DeliveryFailed {
    return channels
        .named(n.channel())
        .orElseThrow(
            () ->
                new DeliveryFailed(
                    DeliveryFailure.of(
                        FailureReason.UNKNOWN_CHANNEL,
                        "no notification channel is named '" + n.channel() + "'"),
                    DeliveryFailed.Retry.NEVER));
  }

  private void record(
      Notification n, Instant claimedAt, DeliveryFailure failure, DeliveryFailed.Retry retry) {
    transaction.executeWithoutResult(
        status -> {
          int attempts = n.delivery().attempts();
          if (retry == DeliveryFailed.Retry.NEVER || attempts >= settings.maxAttempts()) {
            dead(n, failure);
          } else {
            Instant retryAt = quietHours.retryAt(n, claimedAt.plus(delay(attempts)));
            notifications.markFailed(n.id(), attempts, retryAt, failure, node);
          }
        });
  }

  private void dead(Notification n, DeliveryFailure failure) {
    int attempts = n.delivery().attempts();
    if (notifications.markFailed(n.id(), attempts, null, failure, node)) {
      audit.record(
          Caller.SYSTEM,
          "notification.dead",
          "notification",
          n.id(),
          n.customerId(),
          n.channel()
              + " to "
              + n.recipient().address()
              + " after "
              + attempts
              + (attempts == 1 ? " attempt: " : " attempts: ")
              + failure.label()
              + " ("
              + failure.detail()
              + ")");
    }
  }
}
