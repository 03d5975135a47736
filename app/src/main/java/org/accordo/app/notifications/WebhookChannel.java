package org.accordo.app.notifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.accordo.app.clocks.Escalation;
import org.accordo.app.egress.Deadlines;
import org.accordo.app.egress.HttpPost;
import org.accordo.app.egress.OutboundHttp;
import org.accordo.app.egress.OutboundProblem;
import org.accordo.app.inbound.WebhookSignature;
import org.accordo.core.contract.Contract;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Webhooks to every active subscription of the escalation's (or message's) customer (or of all
 * customers): the notification's JSON posted through the egress policy ({@link OutboundHttp}),
 * signed like the inbound webhook ({@code X-Accordo-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256(secret, t + "." + body)>}), with the idempotency id in {@code X-Accordo-Delivery}.
 * Any 2xx answer is a delivery; {@code 410 Gone} disables the subscription ({@link GoneReceivers})
 * and ends the delivery; a redirect is not followed.
 */
@Component
@Order(2)
class WebhookChannel implements NotificationChannel {

  static final String NAME = "webhook";
  private static final int GONE = 410;

  private final WebhookSubscriptionRepository subscriptions;
  private final GoneReceivers gone;
  private final OutboundHttp http;
  private final Deadlines deadlines;
  private final Clock clock;

  WebhookChannel(
      WebhookSubscriptionRepository subscriptions,
      GoneReceivers gone,
      OutboundHttp http,
      NotificationSettings settings,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.gone = gone;
    this.http = http;
    this.deadlines =
        new Deadlines(
            settings.connectTimeout(), settings.readTimeout(), settings.deliveryTimeout());
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Audience audience() {
    return Audience.SYSTEMS;
  }

  @Override
  public List<Recipient> recipients(Escalation escalation, Contract contract) {
    return subscriptions.activeFor(escalation.customerId()).stream()
        .map(s -> new Recipient(s.id(), s.destination()))
        .toList();
  }

  /** Every active subscription of the message's customer, or of every customer. */
  @Override
  public List<Recipient> recipients(CustomerMessage message) {
    return subscriptions.activeFor(message.customerId()).stream()
        .map(s -> new Recipient(s.id(), s.destination()))
        .toList();
  }

  @Override
  public void deliver(Notification n) throws DeliveryFailed {
    WebhookSubscription subscription =
        subscriptions
            .find(n.recipient().address())
            .filter(s -> s.disabledAt() == null)
            .orElseThrow(
                () ->
                    new DeliveryFailed(
                        DeliveryFailure.of(
                            FailureReason.RECIPIENT_DISABLED,
                            "webhook subscription " + n.recipient().address() + " is disabled"),
                        DeliveryFailed.Retry.NEVER));
    int status = post(n, subscription);
    if (status / 100 == 2) {
      return;
    }
    DeliveryFailure failure =
        new DeliveryFailure(
            FailureReason.STATUS, status, "HTTP " + status + " from " + subscription.url());
    if (status == GONE) {
      gone.disable(subscription);
      throw new DeliveryFailed(failure, DeliveryFailed.Retry.NEVER);
    }
    throw new DeliveryFailed(failure, DeliveryFailed.Retry.LATER);
  }

  private int post(Notification n, WebhookSubscription subscription) throws DeliveryFailed {
    byte[] body = n.payload().getBytes(StandardCharsets.UTF_8);
    long t = clock.instant().getEpochSecond();
    HttpPost post =
        new HttpPost(
            subscription.url(),
            "application/json",
            Map.of(
                "X-Accordo-Delivery",
                n.id(),
                "X-Accordo-Signature",
                "t=" + t + ",v1=" + WebhookSignature.sign(subscription.secret(), t, body)),
            body,
            deadlines);
    try {
      return http.post(post).status();
    } catch (IOException e) {
      throw new DeliveryFailed(
          DeliveryFailure.of(
              FailureReason.of(OutboundProblem.of(e)),
              "cannot reach " + subscription.url() + ": " + e),
          DeliveryFailed.Retry.LATER,
          e);
    }
  }
}
