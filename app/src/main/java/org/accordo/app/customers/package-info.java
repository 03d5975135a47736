/**
 * Customers, the client companies of the MSP. {@link
 * org.accordo.app.customers.CustomerService#visible} is how every feature resolves a customer id
 * from a request, so tenant isolation lives in one place.
 */
@ApplicationModule(
    displayName = "Customers",
    allowedDependencies = {"audit", "security::caller"})
package org.accordo.app.customers;

import org.springframework.modulith.ApplicationModule;
