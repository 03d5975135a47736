package org.accordo.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accordo.app.AccordoServer;
import org.accordo.app.ServerSettings;
import org.accordo.app.clocks.ClockRebuild;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accordo clocks rebuild}: recomputes every ticket's clock rows from its events, choosing
 * its SLA again (after a contract change). Works on the server's database (the same {@code --data}
 * and {@code ACCORDO_DB_*} as {@code serve}); it starts the application without its web server.
 */
@Command(
    name = "clocks",
    mixinStandardHelpOptions = true,
    description = "Work on the server's stored clocks.",
    subcommands = ClocksCommand.Rebuild.class)
final class ClocksCommand {

  @Command(
      name = "rebuild",
      mixinStandardHelpOptions = true,
      description =
          "Recompute every ticket's clocks from its events (e.g. after a contract change).")
  static final class Rebuild implements Callable<Integer> {

    @Option(
        names = "--data",
        defaultValue = "data",
        description =
            "Folder of the embedded H2 database (default: ./${DEFAULT-VALUE}); unused when ACCORDO_DB_URL is set.")
    Path data;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ServerSettings settings = ServerSettings.fromEnvironment(0, data, System.getenv());
      try (ConfigurableApplicationContext context = AccordoServer.startTask(settings)) {
        ClockRebuild.Outcome outcome = context.getBean(ClockRebuild.class).rebuildAll();
        spec.commandLine()
            .getOut()
            .printf(
                "rebuilt the clocks of %d tickets (%d measured by an SLA) in %s%n",
                outcome.tickets(), outcome.measured(), settings.describeDatabase());
        spec.commandLine().getOut().flush();
        return 0;
      } catch (AccordoServer.ServerStartFailed failed) {
        throw new CliFailure(failed.getMessage(), 1);
      }
    }
  }
}
