/**
 * The what-if simulation: {@link org.accordo.app.simulation.SimulationJson} writes the core
 * simulator's result as JSON, {@link org.accordo.app.simulation.SimulationDocument} as Markdown or
 * as an HTML page with charts (through the shared {@code render} pipeline); the command line
 * ({@code accordo simulate}) calls them on files, {@link
 * org.accordo.app.simulation.SimulationService} on a customer's stored history ({@code POST
 * /api/v1/customers/{id}/simulations}).
 */
@ApplicationModule(
    displayName = "What-if simulation",
    allowedDependencies = {"contracts", "customers", "security::caller", "tickets", "ui"})
package org.accordo.app.simulation;

import org.springframework.modulith.ApplicationModule;
