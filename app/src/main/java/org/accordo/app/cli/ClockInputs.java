package org.accordo.app.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.yaml.InvalidYaml;
import picocli.CommandLine.Option;

/**
 * The inputs every {@code accordo clock} command takes: a contract, one of its SLAs, events, now.
 */
final class ClockInputs {

  @Option(
      names = "--contract",
      required = true,
      paramLabel = "FILE",
      description = "The contract YAML file.")
  Path contract;

  @Option(
      names = "--sla",
      required = true,
      paramLabel = "ID",
      description = "The id of the SLA under slas: that measures the tickets.")
  String sla;

  @Option(
      names = "--events",
      required = true,
      paramLabel = "FILE|-",
      description = "Ticket events as JSON Lines; - reads standard input.")
  String events;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      description =
          "The instant to compute at, e.g. 2026-11-20T10:17:00Z (default: the current time).")
  Instant now;

  /** The contract, loaded and checked by the contract loader. */
  Contract contract() {
    try (Reader reader = Files.newBufferedReader(contract, StandardCharsets.UTF_8)) {
      return ContractLoader.load(reader, contract.toString()).orThrow();
    } catch (InvalidYaml e) {
      throw new CliFailure(e.getMessage(), Accordo.EXIT_BAD_INPUT);
    } catch (IOException | UncheckedIOException e) {
      throw new CliFailure(
          "cannot read " + contract + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    }
  }

  /** The engine for the chosen SLA of {@code loaded}. */
  ClockEngine engine(Contract loaded) {
    SlaPolicy policy =
        loaded.slas().stream()
            .map(ContractSla::policy)
            .filter(p -> p.id().equals(sla))
            .findFirst()
            .orElseThrow(
                () ->
                    new CliFailure(
                        "the contract has no SLA '"
                            + sla
                            + "'; it has "
                            + loaded.slas().stream().map(ContractSla::id).toList(),
                        Accordo.EXIT_BAD_INPUT));
    return new ClockEngine(policy, loaded.calendars(), Set.copyOf(loaded.priorityIds()));
  }

  Instant now() {
    return now != null ? now : Clock.systemUTC().instant();
  }

  /**
   * Every ticket's events, tickets sorted by id, each history already validated, so that nothing is
   * printed before the whole input is known to be good.
   */
  Map<String, List<TicketEvent>> tickets(ClockEngine engine, Instant at) {
    Map<String, List<TicketEvent>> byTicket = new LinkedHashMap<>();
    try (Reader reader = open()) {
      EventsJsonl.forEach(
          reader, e -> byTicket.computeIfAbsent(e.ticket(), t -> new ArrayList<>()).add(e));
    } catch (MalformedEventLine e) {
      throw new CliFailure(e.getMessage(), Accordo.EXIT_BAD_INPUT);
    } catch (IOException | UncheckedIOException e) {
      throw new CliFailure(
          "cannot read events from " + events + ": " + e.getMessage(), Accordo.EXIT_BAD_INPUT);
    }
    Map<String, List<TicketEvent>> sorted = new TreeMap<>(byTicket);
    try {
      for (List<TicketEvent> history : sorted.values()) {
        engine.validate(history, at);
      }
    } catch (InvalidTicketHistory e) {
      throw new CliFailure(e.getMessage(), Accordo.EXIT_BAD_INPUT);
    }
    return sorted;
  }

  private Reader open() throws IOException {
    if (events.equals("-")) {
      return new InputStreamReader(System.in, StandardCharsets.UTF_8);
    }
    return Files.newBufferedReader(Path.of(events), StandardCharsets.UTF_8);
  }
}
