/**
 * Outages and announced maintenance of each customer's contract services, the availability a
 * month's statement measures: recorded through the API (one at a time, a CSV upload, a maintenance
 * window announced ahead), closed when they end, reclassified by admins with a reason kept in their
 * history. {@link org.accordo.app.outages.Outages} is the Java API other modules open, close and
 * reclassify outages through (the availability monitors will, with their evidence); each change is
 * published as {@link org.accordo.app.outages.OutagesChanged} for the statements it may amend.
 */
@ApplicationModule(
    displayName = "Outages",
    allowedDependencies = {
      "audit",
      "contracts",
      "customers",
      "notifications",
      "reports",
      "security::caller",
      "ui"
    })
package org.accordo.app.outages;

import org.springframework.modulith.ApplicationModule;
