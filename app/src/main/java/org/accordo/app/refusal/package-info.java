/**
 * What every module throws when it refuses a request, without HTTP: a {@link
 * org.accordo.app.refusal.Refusal} is a reason the caller can act on, never a defect. Each module
 * throws its own subclasses, named for the condition ({@code TicketNotVisible}, {@code
 * ContractNotInForce}); the kinds here ({@link org.accordo.app.refusal.NotVisible}, {@link
 * org.accordo.app.refusal.InvalidField}, ...) are all the edge needs to know to answer them: the
 * web module's one advice maps each kind to its RFC 9457 problem.
 */
@ApplicationModule(
    displayName = "Refusals (shared)",
    allowedDependencies = {})
package org.accordo.app.refusal;

import org.springframework.modulith.ApplicationModule;
