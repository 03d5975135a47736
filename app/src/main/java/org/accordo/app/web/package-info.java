/**
 * What every endpoint shares: RFC 9457 problem bodies for every error (the one advice that maps the
 * modules' refusals to them), strict JSON reading, the 1 MiB body limit, request value checks and
 * paging parameters.
 */
@ApplicationModule(
    displayName = "Web API plumbing (shared)",
    allowedDependencies = {"refusal"})
package org.accordo.app.web;

import org.springframework.modulith.ApplicationModule;
