package org.accordo.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.accordo.app.reports.MalformedInputLine;
import org.accordo.app.reports.OutagesCsv;
import org.accordo.app.reports.ReportDocument;
import org.accordo.app.reports.ReportJson;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.contract.Service;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.PeriodOutsideContract;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code accordo report --contract FILE --period 2026-03 [--events FILE.jsonl] [--outages FILE.csv]
 * [--format json|html|pdf|md] [--lang en|it] [-o OUT]}: closes a month of a contract (SLA semantics
 * §5). Every input is read and checked before anything is written; a bad line exits 2 naming it,
 * and the output file is written whole or not at all.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Close a period of a contract: availability, compliance, breaches and service credits.")
final class ReportCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    json,
    html,
    pdf,
    md
  }

  /** The label languages of the documents. */
  enum Language {
    en,
    it
  }

  @Option(
      names = "--contract",
      required = true,
      paramLabel = "FILE",
      description = "The contract YAML file.")
  Path contractFile;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The month to close, in the contract's time zone.")
  String period;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description = "Ticket events as JSON Lines (as for accordo clock replay).")
  Path events;

  @Option(
      names = "--outages",
      paramLabel = "FILE",
      description = "Outages as CSV with the header service,from,to,cause,note.")
  Path outages;

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "json|html|pdf|md",
      description = "Output format (default: json).")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "en|it",
      description = "Language of the document's labels (default: the contract's).")
  Language language;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "The file to write (default: standard output).")
  Path output;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      description = "The instant clocks are computed at (default: the current time).")
  Instant now;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    System.setProperty("java.awt.headless", "true");
    Contract contract = ContractFiles.load(contractFile);
    SlaPeriod slaPeriod = period(contract);
    Instant at = now != null ? now : Clock.systemUTC().instant();
    List<TicketHistory> tickets = events == null ? List.of() : tickets(contract);
    List<Outage> outageList = outages == null ? List.of() : outages(contract);
    PeriodReport report;
    try {
      report = ContractClose.close(contract, slaPeriod, tickets, outageList, at);
    } catch (InvalidTicketHistory e) {
      long line = e.eventId() == null ? 0 : TicketsJsonl.lineOf(events, e.eventId());
      throw new CliFailure(
          events + ": " + (line > 0 ? "line " + line + ": " : "") + e.getMessage(),
          Accordo.EXIT_BAD_INPUT);
    }
    write(render(contract, report));
    return 0;
  }

  private SlaPeriod period(Contract contract) {
    YearMonth month;
    try {
      month = YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      throw new CliFailure(
          "--period '" + period + "' is not a month; write e.g. 2026-03", Accordo.EXIT_BAD_INPUT);
    }
    try {
      return ContractClose.period(contract, month);
    } catch (PeriodOutsideContract e) {
      throw new CliFailure(e.getMessage(), Accordo.EXIT_BAD_INPUT);
    }
  }

  private List<TicketHistory> tickets(Contract contract) {
    try {
      return TicketsJsonl.read(events, contract);
    } catch (MalformedEventLine | MalformedInputLine e) {
      throw new CliFailure(events + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    } catch (UncheckedIOException e) {
      throw new CliFailure(
          "cannot read " + events + ": " + ContractFiles.describe(e.getCause()),
          Accordo.EXIT_BAD_INPUT);
    }
  }

  private List<Outage> outages(Contract contract) {
    Set<String> services =
        contract.services().stream().map(Service::id).collect(Collectors.toSet());
    try (BufferedReader reader = Files.newBufferedReader(outages, StandardCharsets.UTF_8)) {
      return OutagesCsv.read(reader, services);
    } catch (MalformedInputLine e) {
      throw new CliFailure(outages + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    } catch (IOException e) {
      throw new CliFailure(
          "cannot read " + outages + ": " + ContractFiles.describe(e), Accordo.EXIT_BAD_INPUT);
    } catch (UncheckedIOException e) {
      throw new CliFailure(
          "cannot read " + outages + ": " + ContractFiles.describe(e.getCause()),
          Accordo.EXIT_BAD_INPUT);
    }
  }

  private byte[] render(Contract contract, PeriodReport report) {
    DocumentLanguage lang =
        language != null
            ? DocumentLanguage.fromCode(language.name()).orElseThrow()
            : contract.header().language();
    return switch (format) {
      case json -> ReportJson.write(contract, report);
      case html -> ReportDocument.html(contract, report, lang).getBytes(StandardCharsets.UTF_8);
      case md -> ReportDocument.markdown(contract, report, lang).getBytes(StandardCharsets.UTF_8);
      case pdf -> ReportDocument.pdf(contract, report, lang);
    };
  }

  private void write(byte[] bytes) {
    if (output == null) {
      if (format == Format.pdf) {
        PrintStream stdout = System.out;
        stdout.write(bytes, 0, bytes.length);
        stdout.flush();
      } else {
        spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
      }
      return;
    }
    OutputFile.write(output, bytes);
  }
}
