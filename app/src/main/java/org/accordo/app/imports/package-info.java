/**
 * Imports of ticket history from another PSA ({@code docs/imports.md}): export files (CSV, JSON
 * Lines) read as streams through a mapping of {@code core.imports}, every line checked first, then
 * the good ones stored in chunks keyed by source and external id (so an import repeated or
 * overlapping stores nothing twice), the tickets' clocks rebuilt once all their events are in. The
 * server runs an import in the background from its uploaded files, resumes it after a restart and
 * reports its progress; the command line writes a file of events.
 */
@ApplicationModule(
    displayName = "Imports",
    allowedDependencies = {
      "audit",
      "clocks",
      "contracts",
      "customers",
      "notifications",
      "security::caller",
      "statements",
      "tickets",
      "ui"
    })
package org.accordo.app.imports;

import org.springframework.modulith.ApplicationModule;
