/**
 * What an operator of several nodes needs: each node's id ({@link
 * org.accordo.app.operations.NodeId}), recorded on the escalations it records and the deliveries it
 * attempts, values read from the database at most once per a few seconds ({@link
 * org.accordo.app.operations.Cached}) for the metrics the features register, and logs whose lines a
 * request cannot forge ({@link org.accordo.app.operations.LineSafe}).
 */
@ApplicationModule(
    displayName = "Operations (shared)",
    allowedDependencies = {})
package org.accordo.app.operations;

import org.springframework.modulith.ApplicationModule;
