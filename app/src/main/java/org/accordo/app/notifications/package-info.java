/**
 * Notifications of escalations and breaches: the outbox written with each escalation, the
 * dispatcher that delivers it by e-mail (SMTP) and signed webhook with retries and exponential
 * backoff, and the webhook subscriptions admins register.
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
