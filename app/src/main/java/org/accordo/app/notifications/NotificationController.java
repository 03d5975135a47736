package org.accordo.app.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.accordo.app.egress.EgressPolicy;
import org.accordo.app.egress.UrlCredentials;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
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
@Tag(
    name = "Notifications",
    description =
        "Webhook subscriptions (admin) and the deliveries of escalations with their state")
@RestController
class NotificationController {

  static final int MIN_SECRET_LENGTH = 32;

  private final Notifications notifications;
  private final EgressPolicy egress;

  NotificationController(Notifications notifications, EgressPolicy egress) {
    this.notifications = notifications;
    this.egress = egress;
  }

  /**
   * The body of a new subscription: an absolute http(s) URL ({@link WebhookUrl}), a secret,
   * optionally one customer.
   */
  record NewWebhook(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              format = "uri",
              maxLength = 2000,
              description =
                  "Absolute http(s) URL of a host the egress policy permits; user info is sent as"
                      + " HTTP Basic credentials",
              example = "https://psa.example/accordo")
          String url,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              minLength = MIN_SECRET_LENGTH,
              maxLength = 200,
              description = "The HMAC key of the signatures, visible ASCII; never shown again")
          String secret,
      @Schema(description = "Only this customer's escalations; absent: every customer's")
          String customerId) {
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
  }

  /**
   * A subscription as shown: never its secret, and its URL's credentials masked; {@code
   * disabled_reason} is {@code admin} or {@code gone} (its receiver answered 410 Gone).
   */
  record WebhookView(
      String id,
      String url,
      String customerId,
      Instant createdAt,
      String createdBy,
      Instant disabledAt,
      @Schema(allowableValues = {"admin", "gone"}) String disabledReason) {
    static WebhookView of(WebhookSubscription s) {
      return new WebhookView(
          s.id(),
          UrlCredentials.masked(s.url().toString()),
          s.customerId(),
          s.createdAt(),
          s.createdBy(),
          s.disabledAt(),
          s.disabledReason() == null ? null : s.disabledReason().id());
    }
  }

  /**
   * A delivery with its state; {@code payload} is the JSON document delivered. {@code reason} is
   * why the last attempt failed, in the fixed vocabulary everyone may read; {@code last_error} (the
   * detail, URL credentials masked) and {@code delivered_by_node} are shown to admins only.
   */
  record NotificationView(
      String id,
      String escalationId,
      String customerId,
      String ticketId,
      String ticketExternalId,
      String ticketSubject,
      @Schema(description = "email, webhook, or a channel plug-in's id", example = "email")
          String channel,
      String recipient,
      String subject,
      @Schema(allowableValues = {"pending", "delivered", "dead"}) String state,
      int attempts,
      Instant nextAttemptAt,
      String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) String lastError,
      Instant createdAt,
      Instant deliveredAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) String deliveredByNode,
      @Schema(implementation = Object.class, description = "The JSON document delivered")
          @JsonRawValue
          String payload) {

    static NotificationView of(Notification n, Detail detail) {
      Delivery d = n.delivery();
      DeliveryFailure failure = d.lastFailure();
      boolean full = detail == Detail.FULL;
      return new NotificationView(
          n.id(),
          n.escalationId(),
          n.customerId(),
          n.ticket() == null ? null : n.ticket().id(),
          n.ticket() == null ? null : n.ticket().externalId(),
          n.ticket() == null ? null : n.ticket().subject(),
          n.channel(),
          n.recipient().address(),
          n.subject(),
          d.state().id(),
          d.attempts(),
          d.nextAttemptAt(),
          failure == null ? null : failure.label(),
          full && failure != null ? UrlCredentials.masked(failure.detail()) : null,
          n.createdAt(),
          d.deliveredAt(),
          full ? d.node() : null,
          n.payload());
    }
  }

  /** How much of a delivery a caller reads: admins all, others the fixed vocabulary. */
  enum Detail {
    FULL,
    REASON_ONLY;

    static Detail of(Caller caller) {
      return caller.role() == Role.ADMIN ? FULL : REASON_ONLY;
    }
  }

  @Operation(
      operationId = "subscribeWebhook",
      summary = "Subscribe a webhook receiver to escalations and breaches (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @PostMapping("/api/v1/webhooks")
  @ResponseStatus(HttpStatus.CREATED)
  WebhookView subscribe(@AuthenticationPrincipal Caller caller, @RequestBody NewWebhook request) {
    return WebhookView.of(
        notifications.subscribe(
            caller,
            WebhookUrl.parse(request.url(), egress),
            request.secret(),
            request.customerId()));
  }

  @Operation(operationId = "listWebhooks", summary = "List the webhook subscriptions (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @GetMapping("/api/v1/webhooks")
  @ResponseStatus(HttpStatus.OK)
  List<WebhookView> subscriptions(@AuthenticationPrincipal Caller caller) {
    return notifications.subscriptions(caller).stream().map(WebhookView::of).toList();
  }

  @Operation(
      operationId = "disableWebhook",
      summary = "Disable a webhook subscription (admin); its pending deliveries end dead")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @DeleteMapping("/api/v1/webhooks/{id}")
  @ResponseStatus(HttpStatus.OK)
  WebhookView disable(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return WebhookView.of(notifications.disable(caller, id));
  }

  @Operation(
      operationId = "listNotifications",
      summary = "List the deliveries (e-mail, webhook) with their state, newest first")
  @GetMapping("/api/v1/notifications")
  Page<NotificationView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(name = "ticket_id", required = false) String ticketId,
      @Parameter(schema = @Schema(allowableValues = {"pending", "delivered", "dead"}))
          @RequestParam(required = false)
          String state,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"created_at", "-created_at"},
                      defaultValue = "-created_at"))
          @RequestParam(required = false)
          String sort) {
    NotificationRepository.Filter filter =
        new NotificationRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            Require.optionalText(ticketId, "ticket_id", 40),
            state(state));
    PageRequest request =
        PageRequest.of(page, size, sort, NotificationRepository.SORTS.keySet(), "-created_at");
    Detail detail = Detail.of(caller);
    return notifications.page(caller, filter, request).map(n -> NotificationView.of(n, detail));
  }

  private static DeliveryState state(String state) {
    try {
      return state == null ? null : DeliveryState.of(state);
    } catch (IllegalArgumentException e) {
      throw new InvalidField("state", "must be pending, delivered or dead");
    }
  }
}
