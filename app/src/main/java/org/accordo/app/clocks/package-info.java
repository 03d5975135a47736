/**
 * Live SLA clocks: the SLA that measures each ticket, the {@code clock} rows (a cache of {@code
 * ClockEngine} results, replaced in the transaction of every accepted event and rebuilt from the
 * events on demand), the scheduler that recomputes running clocks when a threshold comes due, and
 * the escalations and breaches recorded once each. It measures tickets by implementing the tickets
 * module's {@code TicketMeasurement} and reads their histories through {@code MeasuredTickets},
 * never their tables.
 */
@ApplicationModule(
    displayName = "Clocks",
    allowedDependencies = {"audit", "contracts", "customers", "security::caller", "tickets", "ui"})
package org.accordo.app.clocks;

import org.springframework.modulith.ApplicationModule;
