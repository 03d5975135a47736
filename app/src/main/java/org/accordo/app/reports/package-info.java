/**
 * The period report as documents: its JSON, and its HTML, Markdown and PDF forms with SVG charts,
 * built from {@code core}'s period close; the outages CSV it reads.
 */
@ApplicationModule(
    displayName = "Period reports",
    allowedDependencies = {})
package org.accordo.app.reports;

import org.springframework.modulith.ApplicationModule;
