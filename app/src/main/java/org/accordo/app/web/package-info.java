/**
 * What every endpoint shares: RFC 9457 problem bodies for every error, strict JSON reading, the 1
 * MiB body limit, paging parameters, and the exceptions features throw to answer 400, 404, 409 and
 * 422.
 */
@ApplicationModule(
    displayName = "Web API plumbing (shared)",
    allowedDependencies = {})
package org.accordo.app.web;

import org.springframework.modulith.ApplicationModule;
