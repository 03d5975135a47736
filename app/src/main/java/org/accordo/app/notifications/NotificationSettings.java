package org.accordo.app.notifications;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notifications module's settings, {@code accordo.notifications.*} (environment variables
 * {@code ACCORDO_NOTIFICATIONS_*}); every default is here and in the README's table.
 *
 * @param dispatcher {@code on} (default) or {@code off}: whether this node delivers the outbox
 * @param pollInterval how often the dispatcher looks for due deliveries (1 s)
 * @param backoff the wait after a first failed attempt, doubled after each further one (30 s)
 * @param maxBackoff the longest wait between two attempts (1 h)
 * @param maxAttempts the attempt that fails at this count makes the delivery {@code dead} (8)
 * @param mailFrom the e-mails' sender ({@code accordo@localhost})
 * @param deliveries the deliveries one node runs at once (8)
 * @param perDestination the most of them going to one destination, a receiver's host or the SMTP
 *     server (2): a slow destination holds at most this many
 * @param connectTimeout the longest wait for a receiver to accept a connection (5 s)
 * @param readTimeout the longest silence of a receiver while it answers (10 s)
 * @param deliveryTimeout the longest one webhook delivery may take in all (30 s)
 * @param lease how long a claimed delivery belongs to the node that claimed it (5 min): a node that
 *     dies during a delivery leaves it to be attempted again once its lease ends; longer than
 *     {@code delivery-timeout}, so no live node's delivery is ever taken over
 */
@ConfigurationProperties("accordo.notifications")
public record NotificationSettings(
    @DefaultValue("on") Dispatcher dispatcher,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("30s") Duration backoff,
    @DefaultValue("1h") Duration maxBackoff,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("accordo@localhost") String mailFrom,
    @DefaultValue("8") int deliveries,
    @DefaultValue("2") int perDestination,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout,
    @DefaultValue("30s") Duration deliveryTimeout,
    @DefaultValue("5m") Duration lease) {

  /** Whether this node runs the dispatcher. */
  public enum Dispatcher {
    ON,
    OFF
  }

  public NotificationSettings {
    Objects.requireNonNull(dispatcher, "accordo.notifications.dispatcher");
    positive(pollInterval, "poll-interval");
    positive(backoff, "backoff");
    positive(maxBackoff, "max-backoff");
    positive(connectTimeout, "connect-timeout");
    positive(readTimeout, "read-timeout");
    positive(deliveryTimeout, "delivery-timeout");
    positive(lease, "lease");
    if (maxBackoff.compareTo(backoff) < 0) {
      throw new IllegalArgumentException(
          "accordo.notifications.max-backoff must be at least backoff ("
              + backoff
              + "), was "
              + maxBackoff);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "accordo.notifications.max-attempts must be at least 1, was " + maxAttempts);
    }
    if (mailFrom == null || mailFrom.isBlank()) {
      throw new IllegalArgumentException("accordo.notifications.mail-from must not be blank");
    }
    if (deliveries < 1 || deliveries > 256) {
      throw new IllegalArgumentException(
          "accordo.notifications.deliveries must be 1 to 256, was " + deliveries);
    }
    if (perDestination < 1 || perDestination > deliveries) {
      throw new IllegalArgumentException(
          "accordo.notifications.per-destination must be 1 to deliveries ("
              + deliveries
              + "), was "
              + perDestination);
    }
    if (lease.compareTo(deliveryTimeout.plus(readTimeout)) <= 0) {
      throw new IllegalArgumentException(
          "accordo.notifications.lease must be longer than delivery-timeout plus read-timeout ("
              + deliveryTimeout.plus(readTimeout)
              + "), was "
              + lease);
    }
  }

  private static void positive(Duration value, String name) {
    Objects.requireNonNull(value, "accordo.notifications." + name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "accordo.notifications." + name + " must be positive, was " + value);
    }
  }
}
