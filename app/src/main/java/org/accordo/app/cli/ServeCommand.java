package org.accordo.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.accordo.app.AccordoServer;
import org.accordo.app.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code accordo serve}: boots the Spring server; the only command that starts Spring. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the Accordo server.")
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data",
      defaultValue = "data",
      description =
          "Folder of the embedded H2 database (default: ./${DEFAULT-VALUE}); unused when ACCORDO_DB_URL is set.")
  Path data;

  @Option(
      names = "--demo",
      description =
          "Load demo data first (once): the example contract, a demo customer and 300 tickets of the last 60 days.")
  boolean demo;

  @Override
  public Integer call() {
    ServerSettings settings = ServerSettings.fromEnvironment(port, data, System.getenv());
    try {
      AccordoServer.start(settings, demo ? Map.of("accordo.demo", "on") : Map.of());
    } catch (AccordoServer.ServerStartFailed failed) {
      throw new CliFailure(failed.getMessage(), 1);
    }
    ServerState.markRunning();
    return 0;
  }
}
