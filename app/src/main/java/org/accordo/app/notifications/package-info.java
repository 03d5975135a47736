/**
 * Notifications of escalations and breaches, and of the other news a customer gets ({@link
 * org.accordo.app.notifications.CustomerMessage}: a maintenance announced, a statement closed or
 * amended): the outbox written in the transaction of what it tells, the dispatcher that delivers it
 * by e-mail (SMTP, with an attachment another module keeps: {@link
 * org.accordo.app.notifications.MessageAttachments}) and signed webhook with retries and
 * exponential backoff, and the webhook subscriptions admins register.
 */
@ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {
      "audit",
      "clocks",
      "contracts",
      "customers",
      "egress",
      "inbound",
      "security::caller",
      "tickets",
      "ui"
    })
package org.accordo.app.notifications;

import org.springframework.modulith.ApplicationModule;
