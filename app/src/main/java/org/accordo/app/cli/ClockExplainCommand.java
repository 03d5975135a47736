package org.accordo.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accordo clock explain}: one ticket's clocks told as a story a customer can follow. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Tell how each clock of one ticket was measured: starts, pauses, business-hours gaps, due and breach.")
final class ClockExplainCommand implements Callable<Integer> {

  @Mixin ClockInputs inputs;

  @Option(
      names = "--ticket",
      required = true,
      paramLabel = "ID",
      description = "The ticket to explain.")
  String ticket;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Contract contract = inputs.contract();
    ClockEngine engine = inputs.engine(contract);
    Instant now = inputs.now();
    List<TicketEvent> history = inputs.tickets(engine, now).get(ticket);
    if (history == null) {
      throw new CliFailure(
          "ticket " + ticket + " has no events in " + inputs.events, Accordo.EXIT_BAD_INPUT);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<ClockResult> results = engine.fold(history, now);
    out.printf(
        "Ticket %s under SLA %s, as of %s: %d clock%s.%n",
        ticket, engine.policy().id(), now, results.size(), results.size() == 1 ? "" : "s");
    ClockStory story = new ClockStory(out, contract.calendars());
    for (ClockResult result : results) {
      story.tell(result);
    }
    out.flush();
    return 0;
  }
}
