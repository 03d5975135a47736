package org.accordo.app.notifications;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.accordo.app.inbound.WebhookSignature;
import org.springframework.stereotype.Component;

/**
 * Posts a notification's JSON to a subscriber, signed like the inbound webhook: {@code
 * X-Accordo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}, with the
 * idempotency id in {@code X-Accordo-Delivery}. Any 2xx answer is a delivery.
 */
@Component
class WebhookSender {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Clock clock;

  WebhookSender(Clock clock) {
    this.clock = clock;
  }

  void send(Notification n, WebhookSubscription subscription) throws DeliveryFailed {
    byte[] body = n.payload().getBytes(StandardCharsets.UTF_8);
    long t = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(subscription.url())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("X-Accordo-Delivery", n.id())
            .header(
                "X-Accordo-Signature",
                "t=" + t + ",v1=" + WebhookSignature.sign(subscription.secret(), t, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        throw new DeliveryFailed("HTTP " + response.statusCode() + " from " + subscription.url());
      }
    } catch (IOException e) {
      throw new DeliveryFailed("cannot reach " + subscription.url() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("interrupted while posting to " + subscription.url(), e);
    }
  }
}
