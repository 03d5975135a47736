/** Small helpers shared by the repositories: instants in and out of timestamp columns. */
@ApplicationModule(
    displayName = "JDBC helpers (shared)",
    allowedDependencies = {})
package org.accordo.app.jdbc;

import org.springframework.modulith.ApplicationModule;
