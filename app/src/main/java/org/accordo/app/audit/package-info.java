/**
 * The audit log: one row per write of the API, recorded by {@link org.accordo.app.audit.AuditLog}
 * inside the write's own transaction.
 */
@ApplicationModule(
    displayName = "Audit log",
    allowedDependencies = {"security::caller", "security::tokens", "ui"})
package org.accordo.app.audit;

import org.springframework.modulith.ApplicationModule;
