/**
 * The what-if simulation printed for machines and people: {@link
 * org.accordo.app.simulation.SimulationJson} writes the core simulator's result as JSON, {@link
 * org.accordo.app.simulation.SimulationDocument} as Markdown or as an HTML page with charts
 * (through the shared {@code render} pipeline). The command line ({@code accordo simulate}) calls
 * them; the server's simulation endpoint will too.
 */
@ApplicationModule(
    displayName = "What-if simulation documents",
    allowedDependencies = {})
package org.accordo.app.simulation;

import org.springframework.modulith.ApplicationModule;
