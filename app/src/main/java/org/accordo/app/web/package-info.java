/**
 * What every endpoint shares: RFC 9457 problem bodies for every error (the one advice that maps the
 * modules' refusals to them; defects answered with a correlation id), strict JSON reading and JSON
 * only, the 1 MiB body limit, request value checks (the one rule for free text), strict query
 * parameters, paging parameters and the headers of every answer.
 */
@ApplicationModule(
    displayName = "Web API plumbing (shared)",
    allowedDependencies = {"refusal"})
package org.accordo.app.web;

import org.springframework.modulith.ApplicationModule;
