package org.accordo.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.TicketEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code accordo clock replay}: every clock of every ticket in an event file, as a JSON array
 * ordered by ticket, metric and cycle, or as a table.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = "Fold ticket events (JSON Lines) into clock results under one SLA of a contract.")
final class ClockReplayCommand implements Callable<Integer> {

  /** How results are printed. */
  enum Format {
    json,
    table
  }

  @Mixin ClockInputs inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "json|table",
      description = "Output format (default: json).")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the results to FILE instead of standard output.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var contract = inputs.contract();
    ClockEngine engine = inputs.engine(contract);
    Instant now = inputs.now();
    Map<String, List<TicketEvent>> tickets = inputs.tickets(engine, now);
    PrintWriter out = output != null ? newFile(output) : spec.commandLine().getOut();
    if (format == Format.json) {
      ParallelReplay.writeJson(out, engine, new ArrayList<>(tickets.values()), now);
    } else {
      ClockTable table = new ClockTable(out);
      for (List<TicketEvent> history : tickets.values()) {
        engine.fold(history, now).forEach(table::row);
      }
    }
    if (output != null) {
      out.close();
    } else {
      out.flush();
    }
    return 0;
  }

  private static PrintWriter newFile(Path file) {
    try {
      return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CliFailure("cannot write " + file + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    }
  }
}
