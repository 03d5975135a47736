/**
 * The other PSAs allowed to send events, and the proof of each delivery: an HMAC-SHA256 signature
 * of the body under the source's secret, fresh and not replayed.
 */
@ApplicationModule(
    displayName = "Inbound sources",
    allowedDependencies = {"audit", "security::caller", "ui"})
package org.accordo.app.inbound;

import org.springframework.modulith.ApplicationModule;
