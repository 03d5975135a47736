/**
 * The one policy for every outbound connection Accordo opens to an address that an API user chose
 * (webhook receivers now, availability monitors next): loopback, link-local, private, shared,
 * multicast, unspecified and reserved addresses are refused unless an admin allow-lists them
 * ({@code accordo.egress.allow}), in IPv4, IPv6 and IPv4 embedded in IPv6. A name is resolved once,
 * every address it resolves to is checked, and the connection goes to a checked address: there is
 * no second lookup that could answer differently. {@link OutboundHttp} posts over such a
 * connection.
 */
@ApplicationModule(
    displayName = "Egress policy",
    allowedDependencies = {})
package org.accordo.app.egress;

import org.springframework.modulith.ApplicationModule;
