package org.accordo.core.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.Outage;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.report.TicketHistory;

/** The simulator's test contracts and a small language for ticket histories. */
final class SimulationFixtures {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private SimulationFixtures() {}

  /** The text of {@code simulation/<name>} on the test classpath. */
  static String text(String name) {
    try (InputStream in = SimulationFixtures.class.getResourceAsStream("/simulation/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test file simulation/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ContractLoad load(String text) {
    return ContractLoader.load(text, "proposed.yaml");
  }

  static Contract contract(String text) {
    return ContractLoader.load(text, "current.yaml").orThrow();
  }

  /** A simulation of {@code tickets} over their whole history, with the given goal. */
  static SimulationInput input(
      String current,
      String proposed,
      List<TicketHistory> tickets,
      List<Outage> outages,
      String goal) {
    return new SimulationInput(
        contract(current),
        load(proposed),
        tickets,
        outages,
        Optional.empty(),
        Optional.empty(),
        new BigDecimal(goal),
        TODAY);
  }

  /** The same input over the months {@code from} to {@code to}. */
  static SimulationInput over(SimulationInput input, YearMonth from, YearMonth to) {
    return new SimulationInput(
        input.current(),
        input.proposed(),
        input.tickets(),
        input.outages(),
        Optional.of(from),
        Optional.of(to),
        input.goal(),
        input.today());
  }

  /** The result of a simulation that must not be refused. */
  static SimulationResult simulate(SimulationInput input) {
    SimulationOutcome outcome = Simulation.run(input);
    if (outcome instanceof SimulationResult result) {
      return result;
    }
    throw new AssertionError("the simulation was refused: " + outcome.lint().findings());
  }

  static Ticket ticket(String id) {
    return new Ticket(id);
  }

  /** Builds one ticket's history, event ids numbered in order. */
  static final class Ticket {
    private final String id;
    private final List<TicketEvent> events = new ArrayList<>();

    private Ticket(String id) {
      this.id = id;
    }

    private String next() {
      return id + "-" + (events.size() + 1);
    }

    Ticket created(String at, String priority) {
      events.add(TicketEvent.created(id, next(), Instant.parse(at), priority));
      return this;
    }

    Ticket reply(String at) {
      events.add(TicketEvent.agentReplied(id, next(), Instant.parse(at), ReplyVisibility.PUBLIC));
      return this;
    }

    Ticket status(String at, TicketStatus status) {
      events.add(TicketEvent.statusChanged(id, next(), Instant.parse(at), status));
      return this;
    }

    Ticket resolved(String at) {
      return status(at, TicketStatus.RESOLVED);
    }

    Ticket customerReplied(String at) {
      events.add(TicketEvent.of(id, next(), EventType.CUSTOMER_REPLIED, Instant.parse(at)));
      return this;
    }

    Ticket cancelled(String at) {
      events.add(TicketEvent.of(id, next(), EventType.CANCELLED, Instant.parse(at)));
      return this;
    }

    TicketHistory history() {
      return new TicketHistory(id, Optional.empty(), events);
    }
  }
}
