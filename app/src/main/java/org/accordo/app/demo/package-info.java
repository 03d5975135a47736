/**
 * {@code accordo serve --demo}: the example contract, a demo customer and a few hundred tickets.
 */
@ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {
      "clocks",
      "contracts",
      "customers",
      "notifications",
      "security::caller",
      "tickets",
      "users"
    })
package org.accordo.app.demo;

import org.springframework.modulith.ApplicationModule;
