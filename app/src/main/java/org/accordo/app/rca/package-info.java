/**
 * Root cause analyses: the obligation a contract's {@code problem_management.root_cause_analysis}
 * opens when a ticket of a {@code required_for} priority is resolved ({@link
 * org.accordo.app.tickets.TicketResolved}) or a clock breaches under {@code also_after_breach}
 * ({@link org.accordo.app.clocks.EscalationListener}); its clock (due {@code within} on the named
 * calendar, escalating at the SLA's thresholds, breaching once, claimed by the nodes with {@code
 * FOR UPDATE SKIP LOCKED}); the record staff write and deliver; the customer's acceptance or
 * dispute. Its escalations, breach and delivery are told through the outbox (the delivery with the
 * RCA document attached). Its pages ({@code /rcas}) list them, hold a draft's record form, its
 * tickets and delivery for staff, and the customer's acceptance or dispute.
 */
@ApplicationModule(
    displayName = "Root cause analyses",
    allowedDependencies = {
      "audit",
      "clocks",
      "contracts",
      "customers",
      "notifications",
      "security::caller",
      "tickets",
      "ui"
    })
package org.accordo.app.rca;

import org.springframework.modulith.ApplicationModule;
