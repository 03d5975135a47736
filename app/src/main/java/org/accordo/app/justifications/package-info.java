/**
 * Breach justification under the four-eyes rule: an agent asks for a breached or at-risk clock to
 * be excused (a reason code, evidence, the interval to take out); an admin other than the asker
 * approves or rejects. An approval appends an {@code excluded} event through the tickets module's
 * {@link org.accordo.app.tickets.EventService}, so the clocks are recomputed by the one rule of SLA
 * semantics; every step is audited, and the customer sees its own requests with their reason. Its
 * pages ({@code /justifications}) are the staff's list, the asking form and the decision.
 */
@ApplicationModule(
    displayName = "Breach justification",
    allowedDependencies = {"audit", "clocks", "customers", "security::caller", "tickets", "ui"})
package org.accordo.app.justifications;

import org.springframework.modulith.ApplicationModule;
