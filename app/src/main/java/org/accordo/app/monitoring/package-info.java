/**
 * Availability measured by Accordo itself: HTTP, TCP and TLS monitors of a customer's contract
 * services, checked on a schedule that several nodes share ({@code FOR UPDATE SKIP LOCKED} claims,
 * a bounded pool of checks with connect, read and total deadlines), every connection made through
 * the {@link org.accordo.app.egress.EgressPolicy}. Failed checks confirmed {@code confirm_after}
 * times open an outage through {@link org.accordo.app.outages.Outages} (with cause {@code
 * announced_maintenance} inside an announced window of the service), successes close it; the time
 * the checks covered is kept, so that a minute no check measured is neither up nor down. {@link
 * org.accordo.app.monitoring.ServiceStatuses} answers the live state of each service, which the
 * staff's monitor pages and the portal's status page show. A disabled customer's monitors stop
 * ({@code CustomerStateChanged}).
 */
@ApplicationModule(
    displayName = "Availability monitors",
    allowedDependencies = {
      "audit",
      "contracts",
      "customers",
      "egress",
      "notifications",
      "operations",
      "outages",
      "security::caller",
      "ui"
    })
package org.accordo.app.monitoring;

import org.springframework.modulith.ApplicationModule;
