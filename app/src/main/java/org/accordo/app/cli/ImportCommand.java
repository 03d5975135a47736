package org.accordo.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.accordo.app.imports.ExportSource;
import org.accordo.app.imports.FileImport;
import org.accordo.app.imports.ImportFiles;
import org.accordo.app.imports.ImportMode;
import org.accordo.app.imports.ImportOutcome;
import org.accordo.app.imports.ImportReportText;
import org.accordo.core.contract.Contract;
import org.accordo.core.imports.ImportMapping;
import org.accordo.core.imports.MappingLoad;
import org.accordo.core.imports.MappingLoader;
import org.accordo.core.imports.Presets;
import org.accordo.core.yaml.YamlProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code accordo import --mapping FILE|PRESET --tickets FILE [--history FILE] (-o events.jsonl |
 * --server URL --token TOKEN --customer ID) [--dry-run] [--keep-good-lines] [--contract FILE]}:
 * history from another PSA, into a file of events for the other commands or into a server. Every
 * line is checked first; by default nothing is written or stored when one is refused.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Bring ticket history in from another PSA: its exports read through a mapping, into a file"
            + " of events or a server.")
final class ImportCommand implements Callable<Integer> {

  @Option(
      names = "--mapping",
      required = true,
      paramLabel = "FILE|PRESET",
      description =
          "The mapping file, or a preset: connectwise, autotask, halopsa, zendesk,"
              + " jira-service-management, freshservice.")
  String mapping;

  @Option(
      names = "--tickets",
      required = true,
      paramLabel = "FILE",
      description = "The ticket list (CSV, or JSON Lines when it ends in .jsonl).")
  Path tickets;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description = "The status history (audit trail).")
  Path history;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "EVENTS.jsonl",
      description = "Write the events to this file.")
  Path output;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "Import into the server at URL, e.g. http://localhost:8080.")
  String server;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "An admin API token (default: ACCORDO_TOKEN).")
  String token;

  @Option(
      names = "--customer",
      paramLabel = "ID",
      description = "The customer imported into (with --server).")
  String customer;

  @Option(
      names = "--contract",
      paramLabel = "FILE",
      description = "Check priorities, services and pauses against this contract (with -o).")
  Path contract;

  @Option(
      names = "--dry-run",
      description = "Check every line and say what would be imported; store nothing.")
  boolean dryRun;

  @Option(
      names = "--keep-good-lines",
      description =
          "Import the good lines and list the refused ones (default: nothing when a line is refused).")
  boolean keepGoodLines;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ImportMode mode =
        dryRun
            ? ImportMode.DRY_RUN
            : keepGoodLines ? ImportMode.KEEP_GOOD_LINES : ImportMode.ALL_OR_NOTHING;
    if (server != null) {
      if (customer == null) {
        throw new CliFailure("--server needs --customer", Accordo.EXIT_BAD_INPUT);
      }
      return new ServerImport(server, token(), spec.commandLine().getOut())
          .run(customer, mappingText(), tickets, Optional.ofNullable(history), mode);
    }
    if (output == null && mode != ImportMode.DRY_RUN) {
      throw new CliFailure(
          "name where the events go: -o EVENTS.jsonl, or --server URL (or check with --dry-run)",
          Accordo.EXIT_BAD_INPUT);
    }
    ImportOutcome outcome = toFile(loadMapping(), mode);
    PrintWriter out = spec.commandLine().getOut();
    out.print(ImportReportText.of(outcome, mode, output == null ? null : output.toString()));
    out.flush();
    return outcome.stored() || (mode == ImportMode.DRY_RUN && ok(outcome)) ? 0 : 1;
  }

  private static boolean ok(ImportOutcome outcome) {
    return !outcome.lint().hasErrors() && outcome.summary().refused() == 0;
  }

  private ImportOutcome toFile(ImportMapping loaded, ImportMode mode) {
    Optional<Contract> against =
        contract == null ? Optional.empty() : Optional.of(ContractFiles.load(contract));
    ImportFiles files =
        new ImportFiles(source(tickets), Optional.ofNullable(history).map(ImportCommand::source));
    Path target = output == null ? null : output.toAbsolutePath();
    Path[] temp = new Path[1];
    try {
      ImportOutcome outcome =
          FileImport.run(
              loaded,
              files,
              against,
              mode,
              Clock.systemUTC().instant(),
              () -> {
                try {
                  temp[0] = Files.createTempFile(target.getParent(), ".accordo-", ".tmp");
                  return new BufferedWriter(
                      Files.newBufferedWriter(temp[0], StandardCharsets.UTF_8), 1 << 16);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      if (temp[0] != null) {
        Files.move(
            temp[0], target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return outcome;
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(temp[0]);
      throw new CliFailure("cannot import: " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    } catch (RuntimeException e) {
      deleteQuietly(temp[0]);
      throw e;
    }
  }

  /** The mapping's text: the file, or the preset of that name when no such file exists. */
  private String mappingText() {
    Path file = Path.of(mapping);
    if (!Files.exists(file)) {
      Optional<String> preset = Presets.text(mapping);
      if (preset.isPresent()) {
        return preset.get();
      }
    }
    return ContractFiles.read(file);
  }

  private ImportMapping loadMapping() {
    MappingLoad load = MappingLoader.load(mappingText(), mapping);
    if (!load.problems().isEmpty()) {
      throw new CliFailure(
          mapping
              + " is not a valid mapping ("
              + load.problems().size()
              + " problems):\n"
              + load.problems().stream()
                  .map(YamlProblem::toString)
                  .collect(Collectors.joining("\n")),
          Accordo.EXIT_BAD_INPUT);
    }
    return load.orThrow();
  }

  private String token() {
    String given = token != null ? token : System.getenv("ACCORDO_TOKEN");
    if (given == null || given.isBlank()) {
      throw new CliFailure("--server needs --token (or ACCORDO_TOKEN)", Accordo.EXIT_BAD_INPUT);
    }
    return given;
  }

  static ExportSource source(Path file) {
    if (!Files.isReadable(file)) {
      throw new CliFailure("cannot read " + file + ": no such file", Accordo.EXIT_BAD_INPUT);
    }
    return new ExportSource() {
      @Override
      public String name() {
        return file.toString();
      }

      @Override
      public Reader open() {
        try {
          return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a hidden temporary file of ours
      }
    }
  }
}
