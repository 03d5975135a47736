package org.accordo.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.reports.MalformedInputLine;
import org.accordo.app.reports.OutagesCsv;
import org.accordo.core.availability.Outage;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.Service;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.NoSlaForTicket;
import org.accordo.core.report.TicketHistory;

/**
 * The input files of {@code accordo simulate}, read through the same readers as {@code accordo
 * report} (events as JSON Lines, outages as CSV), every problem turned into a {@link CliFailure}
 * (exit 2) that names the file and the line.
 */
final class SimulationFiles {

  private SimulationFiles() {}

  /**
   * The tickets of {@code events}, each measurable by an SLA of both contracts.
   *
   * @param proposed the proposed contract when it loaded (if not, the simulation is refused later)
   * @throws CliFailure naming the line of the first bad event, or of the {@code created} event of a
   *     ticket that one of the contracts cannot measure
   */
  static List<TicketHistory> tickets(Path events, Contract current, Optional<Contract> proposed) {
    List<TicketHistory> tickets;
    try {
      tickets = TicketsJsonl.read(events, current);
    } catch (MalformedEventLine | MalformedInputLine e) {
      throw new CliFailure(events + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    } catch (UncheckedIOException e) {
      throw new CliFailure(
          "cannot read " + events + ": " + ContractFiles.describe(e.getCause()),
          Accordo.EXIT_BAD_INPUT);
    }
    proposed.ifPresent(contract -> checkMeasurable(events, tickets, contract));
    return tickets;
  }

  /** Every ticket's service has an SLA in the proposed contract, else the line of its creation. */
  private static void checkMeasurable(Path events, List<TicketHistory> tickets, Contract proposed) {
    Set<Optional<String>> measurable = new HashSet<>();
    for (TicketHistory ticket : tickets) {
      if (measurable.contains(ticket.service())) {
        continue;
      }
      try {
        ContractClose.slaFor(proposed, ticket.ticket().id(), ticket.service());
        measurable.add(ticket.service());
      } catch (NoSlaForTicket e) {
        String created =
            ticket.events().stream()
                .filter(ev -> ev.type() == EventType.CREATED)
                .map(TicketEvent::id)
                .findFirst()
                .orElse("");
        throw new CliFailure(
            at(events, created) + "under the proposed contract, " + e.getMessage(),
            Accordo.EXIT_BAD_INPUT);
      }
    }
  }

  /** A history that cannot be folded, named by the line of the event at fault. */
  static CliFailure invalid(Path events, InvalidTicketHistory e) {
    return new CliFailure(at(events, e.eventId()) + e.getMessage(), Accordo.EXIT_BAD_INPUT);
  }

  private static String at(Path events, String eventId) {
    long line = eventId == null || eventId.isEmpty() ? 0 : TicketsJsonl.lineOf(events, eventId);
    return events + ": " + (line > 0 ? "line " + line + ": " : "");
  }

  /**
   * The outages of {@code file}, of the services of either contract.
   *
   * @throws CliFailure naming the line of the first bad outage
   */
  static List<Outage> outages(Path file, Contract current, Optional<Contract> proposed) {
    Set<String> services = new HashSet<>();
    current.services().stream().map(Service::id).forEach(services::add);
    proposed.ifPresent(p -> p.services().stream().map(Service::id).forEach(services::add));
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return OutagesCsv.read(reader, services);
    } catch (MalformedInputLine e) {
      throw new CliFailure(file + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    } catch (IOException e) {
      throw new CliFailure(
          "cannot read " + file + ": " + ContractFiles.describe(e), Accordo.EXIT_BAD_INPUT);
    } catch (UncheckedIOException e) {
      throw new CliFailure(
          "cannot read " + file + ": " + ContractFiles.describe(e.getCause()),
          Accordo.EXIT_BAD_INPUT);
    }
  }
}
