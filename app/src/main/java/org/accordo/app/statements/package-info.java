/**
 * The live period close: each customer's monthly statement, provisional while its month is open or
 * inside its grace for late events, then closed once as a final version whose JSON, documents,
 * their SHA-256 and the digest of its inputs never change, and amended by a new version when a late
 * change touches it; the credits ledger its versions write, whose lines are applied or waived at
 * most once. Built on {@code core}'s period close and the reports module's documents, so the
 * server's statement and {@code accordo report} agree. It reads tickets through {@code
 * MeasuredTickets}, outages through {@code Outages}, contracts through {@code ContractLibrary}, the
 * monitors' coverage through {@code ServiceStatuses}, root cause analyses through {@code
 * RcasOfPeriod}, and learns of late changes from their events ({@code TicketsChanged}, {@code
 * OutagesChanged}).
 */
@ApplicationModule(
    displayName = "Statements",
    allowedDependencies = {
      "audit",
      "contracts",
      "customers",
      "monitoring",
      "notifications",
      "outages",
      "rca",
      "reports",
      "security::caller",
      "tickets",
      "ui"
    })
package org.accordo.app.statements;

import org.springframework.modulith.ApplicationModule;
