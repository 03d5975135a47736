package org.accordo.core.simulation;

import static org.accordo.core.simulation.SimulationFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.contract.lint.Severity;
import org.accordo.core.report.NoSlaForTicket;
import org.accordo.core.report.TicketHistory;
import org.junit.jupiter.api.Test;

/** What the simulator refuses, and how it says why. */
class SimulationRefusalTests {

  private static final String CURRENT = SimulationFixtures.text("current.yaml");
  private static final String PROPOSED = SimulationFixtures.text("proposed.yaml");

  private static SimulationOutcome run(String proposed, List<TicketHistory> tickets) {
    return Simulation.run(SimulationFixtures.input(CURRENT, proposed, tickets, List.of(), "0.95"));
  }

  private static List<TicketHistory> oneTicket(String priority) {
    return List.of(
        ticket("T1")
            .created("2026-02-02T10:00:00Z", priority)
            .reply("2026-02-02T10:20:00Z")
            .resolved("2026-02-02T12:00:00Z")
            .history());
  }

  @Test
  void aProposalWithLintErrorsIsNotSimulatedAndItsFindingsSayWhy() {
    // P1 resolution 15m is shorter than its first response (1h): a lint error
    String proposed =
        PROPOSED.replace(
            "P1: { target: 4h, calendar: always }", "P1: { target: 15m, calendar: always }");

    SimulationOutcome outcome = run(proposed, oneTicket("P1"));

    assertThat(outcome).isInstanceOf(SimulationRefused.class);
    Finding error =
        outcome.lint().findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .findFirst()
            .orElseThrow();
    assertThat(error.rule()).isEqualTo("resolution-before-response");
    assertThat(error.location().line())
        .isEqualTo(
            PROPOSED.lines().toList().indexOf("        P1: { target: 4h, calendar: always }") + 1);
  }

  @Test
  void aProposalThatDoesNotLoadIsRefusedWithTheLineOfEachProblem() {
    String proposed = PROPOSED.replace("target: 6h", "target: six hours");

    SimulationOutcome outcome = run(proposed, oneTicket("P2"));

    assertThat(outcome).isInstanceOf(SimulationRefused.class);
    assertThat(outcome.lint().findings())
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("contract-invalid");
              assertThat(f.message()).contains("'six hours' is not a duration");
              assertThat(f.location().line()).isPositive();
            });
  }

  @Test
  void aPriorityTheProposalDropsNamesTheTicketAndEvent() {
    String proposed =
        PROPOSED
            .replace("  P2: { name: High, definition: A user cannot work. }\n", "")
            .replaceAll("(?m)^ *P2: \\{ target: .*\\n", "")
            .replace("    - { breach: resolution, priority: P2, credit: 2% }\n", "");

    assertThatThrownBy(() -> run(proposed, oneTicket("P2")))
        .isInstanceOf(InvalidTicketHistory.class)
        .hasMessageContaining("ticket T1, event T1-1")
        .hasMessageContaining("P2");
  }

  @Test
  void aServiceTheProposalDoesNotCoverNamesTheTicket() {
    String proposed = PROPOSED.replace("services: [desk, servers]", "services: [servers]");
    TicketHistory desk =
        new TicketHistory("T9", Optional.of("desk"), oneTicket("P2").get(0).events());

    assertThatThrownBy(() -> run(proposed, List.of(desk)))
        .isInstanceOf(NoSlaForTicket.class)
        .hasMessageContaining("ticket T9")
        .hasMessageContaining("'desk'");
  }

  @Test
  void theGoalIsAFractionAboveZeroAndAtMostOne() {
    for (String goal : List.of("0", "-0.5", "1.01", "95")) {
      assertThatThrownBy(
              () -> SimulationFixtures.input(CURRENT, PROPOSED, oneTicket("P1"), List.of(), goal))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("compliance goal");
    }
  }

  @Test
  void withoutEventsThePeriodMustBeGiven() {
    assertThatThrownBy(
            () -> SimulationFixtures.input(CURRENT, PROPOSED, List.of(), List.of(), "0.95"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period must be given");
    SimulationInput given =
        SimulationFixtures.over(
            new SimulationInput(
                SimulationFixtures.contract(CURRENT),
                SimulationFixtures.load(PROPOSED),
                List.of(),
                List.of(),
                Optional.of(YearMonth.of(2026, 1)),
                Optional.of(YearMonth.of(2026, 1)),
                new BigDecimal("0.95"),
                SimulationFixtures.TODAY),
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 3));
    SimulationResult empty = SimulationFixtures.simulate(given);
    assertThat(empty.months()).hasSize(3);
    assertThat(empty.totals().current().met()).isZero();
    assertThat(empty.metrics()).allSatisfy(m -> assertThat(m.current().get().smallest()).isEmpty());
  }

  @Test
  void aPeriodEndsNoEarlierThanItStarts() {
    assertThatThrownBy(
            () ->
                new SimulationPeriod(
                    YearMonth.of(2026, 3), YearMonth.of(2026, 2), java.time.ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not end (2026-02) before it starts (2026-03)");
  }
}
