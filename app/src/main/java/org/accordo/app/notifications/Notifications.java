package org.accordo.app.notifications;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.egress.UrlCredentials;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Webhook subscriptions (admins) and the list of notification deliveries with their state. */
@Service
public class Notifications {

  private final NotificationRepository notifications;
  private final WebhookSubscriptionRepository subscriptions;
  private final CustomerService customers;
  private final AuditLog audit;
  private final Clock clock;

  Notifications(
      NotificationRepository notifications,
      WebhookSubscriptionRepository subscriptions,
      CustomerService customers,
      AuditLog audit,
      Clock clock) {
    this.notifications = notifications;
    this.subscriptions = subscriptions;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Registers a webhook receiver.
   *
   * @param customerId the customer whose escalations it receives, or null for all
   * @throws org.accordo.app.customers.CustomerNotVisible when {@code customerId} names no customer
   */
  @Transactional
  public WebhookSubscription subscribe(Caller caller, URI url, String secret, String customerId) {
    caller.requireRole(Role.ADMIN);
    if (customerId != null) {
      customers.visible(caller, customerId);
    }
    WebhookSubscription subscription =
        new WebhookSubscription(
            UUID.randomUUID().toString(),
            url,
            secret,
            customerId,
            clock.instant(),
            caller.tokenId(),
            null,
            null);
    subscriptions.insert(subscription);
    audit.record(
        caller,
        "webhook.created",
        "webhook_subscription",
        subscription.id(),
        customerId,
        UrlCredentials.masked(url.toString()));
    return subscription;
  }

  @Transactional(readOnly = true)
  public List<WebhookSubscription> subscriptions(Caller caller) {
    caller.requireRole(Role.ADMIN);
    return subscriptions.list();
  }

  /**
   * Disables a subscription: its pending deliveries end {@code dead} ("recipient disabled") when
   * next attempted. Disabling twice changes nothing.
   */
  @Transactional
  public WebhookSubscription disable(Caller caller, String id) {
    caller.requireRole(Role.ADMIN);
    WebhookSubscription found =
        subscriptions.find(id).orElseThrow(() -> new SubscriptionNotVisible(id));
    if (found.disabledAt() == null) {
      Instant now = clock.instant();
      subscriptions.disable(id, now, WebhookSubscription.DisabledReason.ADMIN);
      audit.record(
          caller,
          "webhook.disabled",
          "webhook_subscription",
          id,
          found.customerId(),
          UrlCredentials.masked(found.url().toString()));
    }
    return subscriptions.find(id).orElseThrow();
  }

  /**
   * Retries a dead delivery (admins): it becomes pending, due now, with a full set of attempts;
   * audited as {@code notification.retried}.
   *
   * @throws NotificationNotVisible when there is no such notification of an escalation
   * @throws NotDead when it is pending or delivered
   */
  @Transactional
  public Notification retry(Caller caller, String id) {
    caller.requireRole(Role.ADMIN);
    Notification found =
        notifications
            .find(id)
            .filter(n -> !n.isAccountMessage())
            .orElseThrow(() -> new NotificationNotVisible(id));
    if (!notifications.revive(id, clock.instant())) {
      throw new NotDead(id, found.delivery().state());
    }
    audit.record(
        caller,
        "notification.retried",
        "notification",
        id,
        found.customerId(),
        found.channel() + " to " + found.recipient().address());
    return notifications.find(id).orElseThrow();
  }

  /**
   * The notifications told of one ticket's escalations, oldest first (at most {@link
   * PageRequest#MAX_SIZE}); another customer's ticket has none for a customer's caller.
   */
  @Transactional(readOnly = true)
  public List<Notification> ofTicket(Caller caller, String ticketId) {
    return page(
            caller,
            new NotificationRepository.Filter(null, ticketId, null),
            new PageRequest(0, PageRequest.MAX_SIZE, "created_at"))
        .items();
  }

  /**
   * A page of deliveries, newest first by default; a customer token sees its own customer's only.
   */
  @Transactional(readOnly = true)
  public Page<Notification> page(
      Caller caller, NotificationRepository.Filter filter, PageRequest request) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    NotificationRepository.Filter scoped =
        caller
            .customerScope()
            .map(own -> new NotificationRepository.Filter(own, filter.ticketId(), filter.state()))
            .orElse(filter);
    return Page.of(notifications.page(scoped, request), request, notifications.count(scoped));
  }
}
