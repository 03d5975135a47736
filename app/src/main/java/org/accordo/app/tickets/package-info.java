/**
 * Tickets and their append-only events, from the API and from another PSA through the signed
 * inbound webhook. The ticket row's priority, status and cancellation are a projection folded from
 * the events. Whoever measures tickets (the clocks) is told of every change through {@link
 * org.accordo.app.tickets.TicketMeasurement}, which this module owns, and reads them through {@link
 * org.accordo.app.tickets.MeasuredTickets}: this module knows nothing of clocks.
 */
@ApplicationModule(
    displayName = "Tickets",
    allowedDependencies = {"audit", "customers", "inbound", "security::caller"})
package org.accordo.app.tickets;

import org.springframework.modulith.ApplicationModule;
