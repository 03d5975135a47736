/**
 * The customer portal, the home of a customer's user: their open tickets with each counting clock's
 * time left (computed when shown and refreshed by htmx, as on the SLA board), their tickets closed
 * this month, and links to their statements. Everything is read through the facades with the
 * person's caller, which is scoped to their customer, so another customer's ticket is "not found".
 * It owns no table; no module depends on it.
 */
@ApplicationModule(
    displayName = "Customer portal",
    allowedDependencies = {
      "board",
      "clocks",
      "contracts",
      "customers",
      "justifications",
      "security::caller",
      "tickets",
      "ui"
    })
package org.accordo.app.portal;

import org.springframework.modulith.ApplicationModule;
