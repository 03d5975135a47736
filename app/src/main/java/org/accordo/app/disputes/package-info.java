/**
 * Breach disputes: a customer contests a clock, an outage or a credit line of a statement; the
 * customer and the MSP's staff write a thread on it; an admin accepts it, taking the correcting
 * action (an {@code excluded} event through the tickets module's {@link
 * org.accordo.app.tickets.EventService}, an outage reclassified through {@link
 * org.accordo.app.outages.Outages}), which reaches a closed month as any late change and amends its
 * statement; or rejects it with a reason. Audited; the MSP is told of a dispute opened, the
 * customer of one decided, through the outbox. A statement lists the disputes of its month, read
 * through {@link org.accordo.app.statements.MonthDisputes}, which this module implements. Its pages
 * ({@code /disputes}) list them, open one and hold its thread and decision.
 */
@ApplicationModule(
    displayName = "Breach disputes",
    allowedDependencies = {
      "audit",
      "clocks",
      "contracts",
      "customers",
      "notifications",
      "outages",
      "reports",
      "security::caller",
      "statements",
      "tickets",
      "ui"
    })
package org.accordo.app.disputes;

import org.springframework.modulith.ApplicationModule;
