/**
 * The audit log: one row per write of the API, recorded by {@link org.accordo.app.audit.AuditLog}
 * inside the write's own transaction.
 */
package org.accordo.app.audit;
