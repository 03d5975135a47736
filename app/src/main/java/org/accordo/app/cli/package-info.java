/**
 * The {@code accordo} command line (picocli): the file commands that run the pure {@code core}
 * engine (calendar, clock, contract, report) and the commands that start the server or a task on
 * its database ({@code serve}, {@code clocks rebuild}, {@code users add}).
 */
@ApplicationModule(
    displayName = "Command line",
    allowedDependencies = {"clocks", "contracts", "imports", "reports", "simulation", "users"})
package org.accordo.app.cli;

import org.springframework.modulith.ApplicationModule;
