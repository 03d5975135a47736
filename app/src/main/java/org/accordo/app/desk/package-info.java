/**
 * The staff's pages that compose several modules through their Java APIs: the ticket page (one
 * ticket's clocks drawn as bars with the story of how each was measured, its events, the
 * escalations and notifications it caused) and the customers' pages (the list, and a customer's
 * contract in force, this month's compliance, availability and credits). It owns no table; no
 * module depends on it.
 */
@ApplicationModule(
    displayName = "Staff desk (ticket and customer pages)",
    allowedDependencies = {
      "clocks",
      "contracts",
      "customers",
      "notifications",
      "outages",
      "security::caller",
      "tickets",
      "ui"
    })
package org.accordo.app.desk;

import org.springframework.modulith.ApplicationModule;
