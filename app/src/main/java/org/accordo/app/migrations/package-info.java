/**
 * The schema's history beyond Flyway's scripts: migrations never change once landed
 * (docs/migrations.md), and {@link org.accordo.app.migrations.FirstOperationsMigrationUpgrade}
 * brings a database that ran the first text of {@code V010}, edited before that rule was kept, to
 * what the landed {@code V010} creates.
 */
@ApplicationModule(
    displayName = "Schema history",
    allowedDependencies = {})
package org.accordo.app.migrations;

import org.springframework.modulith.ApplicationModule;
