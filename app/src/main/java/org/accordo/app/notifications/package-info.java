/**
 * Notifications of escalations and breaches: the outbox written with each escalation, the
 * dispatcher that delivers it by e-mail (SMTP) and signed webhook with retries and exponential
 * backoff, and the webhook subscriptions admins register.
 */
package org.accordo.app.notifications;
