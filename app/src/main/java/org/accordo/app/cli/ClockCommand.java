package org.accordo.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code accordo clock}: recompute SLA clocks from ticket events, as data or as a story. */
@Command(
    name = "clock",
    mixinStandardHelpOptions = true,
    description =
        "Recompute SLA clocks from ticket events (replay) or tell one ticket's story (explain).",
    subcommands = {ClockReplayCommand.class, ClockExplainCommand.class})
final class ClockCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
