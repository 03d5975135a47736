package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.availability.Outage;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.report.TicketHistory;

/**
 * What a simulation replays, and under what.
 *
 * @param current the contract in force, valid
 * @param proposed the proposed contract as loaded from its file (possibly with problems: they are
 *     lint errors and refuse the simulation)
 * @param tickets one customer's ticket histories
 * @param outages the customer's outages, of any service and time
 * @param from the first month, or empty for the month (in the current contract's zone) of the
 *     earliest event
 * @param to the last month, or empty for the month of the latest event
 * @param goal the compliance the inverse question asks for, a fraction in {@code (0, 1]}, e.g. 0.95
 * @param today the reference date of the linter's date rules
 */
public record SimulationInput(
    Contract current,
    ContractLoad proposed,
    List<TicketHistory> tickets,
    List<Outage> outages,
    Optional<YearMonth> from,
    Optional<YearMonth> to,
    BigDecimal goal,
    LocalDate today) {

  /**
   * @throws IllegalArgumentException if the goal is not in {@code (0, 1]}, or a month is missing
   *     and there is no event to take it from
   */
  public SimulationInput {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
    tickets = List.copyOf(tickets);
    outages = List.copyOf(outages);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(today, "today");
    if (goal.signum() <= 0 || goal.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "a compliance goal is a fraction above 0 and at most 1, was " + goal.toPlainString());
    }
    if (tickets.isEmpty() && (from.isEmpty() || to.isEmpty())) {
      throw new IllegalArgumentException(
          "without ticket events the period must be given: both its first and last month");
    }
  }
}
