package org.accordo.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.TicketEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code accordo clock replay}: every clock of every ticket in an event file, as a JSON array
 * ordered by ticket, metric and cycle, or as a table.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Fold ticket events (JSON Lines) into clock results under one SLA of a contract.")
final class ClockReplayCommand implements Callable<Integer> {

  /** How results are printed. */
  enum Format { json, table }

  @Mixin ClockInputs inputs;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|table", description = "Output format (default: json).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the results to FILE instead of standard output.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var contract = inputs.contract();
    ClockEngine engine = inputs.engine(contract);
    Instant now = inputs.now();
    Map<String, List<TicketEvent>> tickets = inputs.tickets(engine, now);
    if (output != null && format == Format.json) {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
          ClockJson json = new ClockJson(file)) {
        writeJson(json, engine, tickets, now);
      } catch (IOException e) {
        throw new CliFailure("cannot write " + output + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
      }
      return 0;
    }
    PrintWriter out = output != null ? newFile(output) : spec.commandLine().getOut();
    if (format == Format.json) {
      ClockJson json = new ClockJson(out);
      writeJson(json, engine, tickets, now);
      json.close(); // flushes; the generator never closes its target
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

  private static void writeJson(ClockJson json, ClockEngine engine, Map<String, List<TicketEvent>> tickets, Instant now) {
    for (List<TicketEvent> history : tickets.values()) {
      for (ClockResult result : engine.fold(history, now)) {
        json.write(result);
      }
    }
  }

  private static PrintWriter newFile(Path file) {
    try {
      return new PrintWriter(Files.newBufferedWriter(file));
    } catch (IOException e) {
      throw new CliFailure("cannot write " + file + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    }
  }
}
