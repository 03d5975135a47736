package org.accordo.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code accordo contract}: lint, render and compare contract files. */
@Command(
    name = "contract",
    mixinStandardHelpOptions = true,
    description =
        "Lint a contract, render it as a document, or show what changed between two versions.",
    subcommands = {
      ContractLintCommand.class,
      ContractRenderCommand.class,
      ContractDiffCommand.class
    })
final class ContractCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
