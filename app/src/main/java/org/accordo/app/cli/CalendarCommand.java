package org.accordo.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code accordo calendar}: business-time arithmetic on a calendar file, for people and batches.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = "Business-time arithmetic on a calendar: deadlines, elapsed time, and why.",
    subcommands = {
      CalendarAddCommand.class,
      CalendarElapsedCommand.class,
      CalendarExplainCommand.class
    })
final class CalendarCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
