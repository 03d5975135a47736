/**
 * API tokens and who may do what. A token ({@code accordo_} + 256 random bits) is stored only as
 * its SHA-256; a {@link org.accordo.app.security.Caller} is what every facade receives to scope
 * reads to the customers the caller may see and to record who wrote. Role checks are made by the
 * facades after they resolve an id, so another customer's id is "not found", never "forbidden".
 */
@ApplicationModule(
    displayName = "Security",
    allowedDependencies = {})
package org.accordo.app.security;

import org.springframework.modulith.ApplicationModule;
