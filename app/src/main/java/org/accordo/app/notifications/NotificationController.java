package org.accordo.app.notifications;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/webhooks} (admins) and {@code /api/v1/notifications}: deliveries with their state.
 */
@RestController
class NotificationController {

  static final int MIN_SECRET_LENGTH = 32;
  private static final Set<String> STATES =
      Set.of(Notification.PENDING, Notification.DELIVERED, Notification.DEAD);

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  /** The body of a new subscription: an absolute http(s) URL, a secret, optionally one customer. */
  record NewWebhook(String url, String secret, String customerId) {
    NewWebhook {
      url = Require.text(url, "url", 2000);
      Require.present(secret, "secret");
      if (secret.length() < MIN_SECRET_LENGTH
          || secret.length() > 200
          || !secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new InvalidField(
            "secret", "must be " + MIN_SECRET_LENGTH + " to 200 visible ASCII characters");
      }
      customerId = customerId == null ? null : Require.id(customerId, "customer_id");
    }

    URI uri() {
      try {
        URI uri = new URI(url);
        if (!uri.isAbsolute()
            || uri.getHost() == null
            || !Set.of("http", "https").contains(uri.getScheme())) {
          throw new InvalidField("url", "must be an absolute http or https URL, was '" + url + "'");
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new InvalidField("url", "is not a URL: " + e.getMessage());
      }
    }
  }

  /** A subscription as shown: never its secret. */
  record WebhookView(
      String id,
      String url,
      String customerId,
      Instant createdAt,
      String createdBy,
      Instant disabledAt) {
    static WebhookView of(WebhookSubscription s) {
      return new WebhookView(
          s.id(), s.url().toString(), s.customerId(), s.createdAt(), s.createdBy(), s.disabledAt());
    }
  }

  /** A delivery with its state; {@code payload} is the JSON document delivered. */
  record NotificationView(
      String id,
      String escalationId,
      String customerId,
      String ticketId,
      String channel,
      String recipient,
      String subject,
      String state,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant deliveredAt,
      String deliveredByNode,
      @JsonRawValue String payload) {
    static NotificationView of(Notification n) {
      return new NotificationView(
          n.id(),
          n.escalationId(),
          n.customerId(),
          n.ticketId(),
          n.channel(),
          n.recipient(),
          n.subject(),
          n.state(),
          n.attempts(),
          n.nextAttemptAt(),
          n.lastError(),
          n.createdAt(),
          n.deliveredAt(),
          n.deliveredByNode(),
          n.payload());
    }
  }

  @PostMapping("/api/v1/webhooks")
  @ResponseStatus(HttpStatus.CREATED)
  WebhookView subscribe(@AuthenticationPrincipal Caller caller, @RequestBody NewWebhook request) {
    return WebhookView.of(
        notifications.subscribe(caller, request.uri(), request.secret(), request.customerId()));
  }

  @GetMapping("/api/v1/webhooks")
  List<WebhookView> subscriptions(@AuthenticationPrincipal Caller caller) {
    return notifications.subscriptions(caller).stream().map(WebhookView::of).toList();
  }

  @DeleteMapping("/api/v1/webhooks/{id}")
  WebhookView disable(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return WebhookView.of(notifications.disable(caller, id));
  }

  @GetMapping("/api/v1/notifications")
  Page<NotificationView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(name = "ticket_id", required = false) String ticketId,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    if (state != null && !STATES.contains(state)) {
      throw new InvalidField("state", "must be pending, delivered or dead");
    }
    NotificationRepository.Filter filter =
        new NotificationRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            Require.optionalText(ticketId, "ticket_id", 40),
            state);
    PageRequest request =
        PageRequest.of(page, size, sort, NotificationRepository.SORTS.keySet(), "-created_at");
    return notifications.page(caller, filter, request).map(NotificationView::of);
  }
}
