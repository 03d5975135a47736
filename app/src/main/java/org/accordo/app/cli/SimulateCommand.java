package org.accordo.app.cli;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.accordo.app.simulation.SimulationDocument;
import org.accordo.app.simulation.SimulationJson;
import org.accordo.core.availability.Outage;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.report.TicketHistory;
import org.accordo.core.simulation.Simulation;
import org.accordo.core.simulation.SimulationInput;
import org.accordo.core.simulation.SimulationOutcome;
import org.accordo.core.simulation.SimulationRefused;
import org.accordo.core.simulation.SimulationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code accordo simulate --events FILE --contract CURRENT.yaml --proposed PROPOSED.yaml [--outages
 * FILE.csv] [--from MONTH --to MONTH] [--compliance 95] [--format json|md|html] [-o OUT]}: what if
 * the proposed contract had been in force over the history? Every input is read and checked before
 * anything is written (bad input exits 2 naming the file and line); a proposed contract with lint
 * errors is not simulated (exit 1, the findings on standard error).
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "What if we had promised this instead? Replay ticket history under the current and a"
            + " proposed contract and compare compliance, availability and credits.")
final class SimulateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    json,
    md,
    html
  }

  @Option(
      names = "--events",
      required = true,
      paramLabel = "FILE",
      description = "Ticket events as JSON Lines (as for accordo clock replay).")
  Path events;

  @Option(
      names = "--contract",
      required = true,
      paramLabel = "CURRENT.yaml",
      description = "The contract in force.")
  Path contractFile;

  @Option(
      names = "--proposed",
      required = true,
      paramLabel = "PROPOSED.yaml",
      description = "The proposed contract; it is linted first.")
  Path proposedFile;

  @Option(
      names = "--outages",
      paramLabel = "FILE",
      description = "Outages as CSV with the header service,from,to,cause,note.")
  Path outages;

  @Option(
      names = "--from",
      paramLabel = "MONTH",
      description =
          "The first month, e.g. 2026-01 (a date stands for its month; default: the month of the"
              + " earliest event).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "MONTH",
      description = "The last month (default: the month of the latest event).")
  String to;

  @Option(
      names = "--compliance",
      defaultValue = "95",
      paramLabel = "PERCENT",
      description = "The goal of the smallest targets, in percent (default: 95).")
  String compliance;

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "json|md|html",
      description = "Output format (default: json).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "The file to write (default: standard output).")
  Path output;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The reference date of the linter's date rules (default: today).")
  LocalDate today;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    System.setProperty("java.awt.headless", "true");
    Contract current = ContractFiles.load(contractFile);
    ContractLoad proposed =
        ContractLoader.load(ContractFiles.read(proposedFile), proposedFile.toString());
    SimulationOutcome outcome = run(input(current, proposed));
    if (outcome instanceof SimulationRefused refused) {
      return refuse(refused);
    }
    write(render(current, proposed.orThrow(), (SimulationResult) outcome));
    return 0;
  }

  /** Reads and checks every input file and option. */
  private SimulationInput input(Contract current, ContractLoad proposed) {
    Optional<YearMonth> first = month("--from", from);
    Optional<YearMonth> last = month("--to", to);
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      throw new CliFailure(
          "--to " + last.get() + " is before --from " + first.get(), Accordo.EXIT_BAD_INPUT);
    }
    List<TicketHistory> tickets = SimulationFiles.tickets(events, current, proposed.contract());
    if (tickets.isEmpty() && (first.isEmpty() || last.isEmpty())) {
      throw new CliFailure(
          events + " holds no event: name the period with --from and --to", Accordo.EXIT_BAD_INPUT);
    }
    List<Outage> outageList =
        outages == null
            ? List.of()
            : SimulationFiles.outages(outages, current, proposed.contract());
    LocalDate reference = today != null ? today : LocalDate.now(Clock.systemDefaultZone());
    return new SimulationInput(
        current, proposed, tickets, outageList, first, last, goal(), reference);
  }

  private SimulationOutcome run(SimulationInput input) {
    try {
      return Simulation.run(input);
    } catch (InvalidTicketHistory e) {
      throw SimulationFiles.invalid(events, e);
    }
  }

  /** {@code --compliance} as a fraction: 95 -> 0.95; a percentage above 0 and at most 100. */
  private BigDecimal goal() {
    String text = compliance.strip();
    text = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    try {
      BigDecimal percent = new BigDecimal(text);
      if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
        return percent.movePointLeft(2);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CliFailure(
        "--compliance '" + compliance + "' is not a percentage above 0 and at most 100, e.g. 95",
        Accordo.EXIT_BAD_INPUT);
  }

  /** A month written {@code 2026-03}, or a date standing for its month. */
  private static Optional<YearMonth> month(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException notAMonth) {
      try {
        return Optional.of(YearMonth.from(LocalDate.parse(text.strip())));
      } catch (DateTimeParseException notADate) {
        throw new CliFailure(
            option + " '" + text + "' is not a month or a date; write e.g. 2026-03 or 2026-03-15",
            Accordo.EXIT_BAD_INPUT);
      }
    }
  }

  private int refuse(SimulationRefused refused) {
    var err = spec.commandLine().getErr();
    refused.lint().findings().stream().map(Finding::toString).forEach(err::println);
    err.println(
        "accordo: "
            + proposedFile
            + " has lint errors; nothing was simulated (fix them, or see accordo contract lint)");
    err.flush();
    return 1;
  }

  private byte[] render(Contract current, Contract proposed, SimulationResult result) {
    return switch (format) {
      case json -> SimulationJson.write(current, proposed, result);
      case md ->
          SimulationDocument.markdown(current, proposed, result).getBytes(StandardCharsets.UTF_8);
      case html ->
          SimulationDocument.html(current, proposed, result).getBytes(StandardCharsets.UTF_8);
    };
  }

  private void write(byte[] bytes) {
    if (output == null) {
      spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return;
    }
    OutputFile.write(output, bytes);
  }
}
