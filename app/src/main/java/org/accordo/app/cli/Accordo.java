package org.accordo.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code accordo} command line. Only {@code serve} starts Spring; every other command works on
 * files with the pure {@code core} engine, so it answers at once.
 */
@Command(
    name = "accordo",
    mixinStandardHelpOptions = true,
    versionProvider = AccordoVersion.class,
    description =
        "Accordo: SLA contracts, clocks, escalations and credits for managed service providers.",
    subcommands = {
      ServeCommand.class,
      CalendarCommand.class,
      ClockCommand.class,
      ClocksCommand.class,
      ContractCommand.class,
      ReportCommand.class,
      SimulateCommand.class,
      ImportCommand.class,
      UsersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Accordo implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit code for bad input: an unreadable file, a malformed row, an invalid option. */
  public static final int EXIT_BAD_INPUT = 2;

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    if (code != 0 || !ServerState.running()) {
      System.exit(code);
    }
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Accordo());
    cli.setExitCodeExceptionMapper(error -> EXIT_BAD_INPUT);
    cli.setExecutionExceptionHandler(new ErrorReporter());
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
