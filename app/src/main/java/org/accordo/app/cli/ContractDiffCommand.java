package org.accordo.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.accordo.core.contract.ContractChange;
import org.accordo.core.contract.ContractDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code accordo contract diff OLD NEW}: what changed, section by section. Exit 0 when nothing
 * changed, 1 when something did (as diff(1) does), 2 when a file is unreadable or not a valid
 * contract.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Show what changed between two versions of a contract, section by section.")
final class ContractDiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
  Path newer;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ContractFiles.load(older);
    ContractFiles.load(newer);
    List<ContractChange> changes =
        ContractDiff.between(
            ContractFiles.read(older),
            older.toString(),
            ContractFiles.read(newer),
            newer.toString());
    PrintWriter out = spec.commandLine().getOut();
    if (changes.isEmpty()) {
      out.println("no changes");
    }
    String section = null;
    for (ContractChange change : changes) {
      if (!change.section().equals(section)) {
        section = change.section();
        out.println(section + ":");
      }
      out.println("  " + change);
    }
    out.println(changes.size() + " changes");
    out.flush();
    return changes.isEmpty() ? 0 : 1;
  }
}
