package org.accordo.core.simulation;

import java.util.Optional;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractHeader;
import org.accordo.core.contract.Term;

/**
 * A contract as if it had been in force on every day of the simulated period. A what-if replays
 * history under terms that were not (or not yet) in force then: a proposed contract usually starts
 * next year, and the current one may be younger than the history. The period close measures
 * availability only on days in force, so the simulator gives both contracts the period's days.
 */
final class AsIfInForce {

  private AsIfInForce() {}

  static Contract over(Contract contract, SimulationPeriod period) {
    ContractHeader h = contract.header();
    Term term = new Term(period.first().atDay(1), Optional.of(period.last().atEndOfMonth()));
    ContractHeader header =
        new ContractHeader(
            h.id(),
            h.title(),
            h.language(),
            h.version(),
            h.supersedes(),
            term,
            h.review(),
            h.provider(),
            h.customer(),
            h.timezone());
    return new Contract(
        header,
        contract.calendars(),
        contract.services(),
        contract.priorities(),
        contract.responsibilities(),
        contract.communication(),
        contract.slas(),
        contract.escalation(),
        contract.credits(),
        contract.problemManagement(),
        contract.reporting(),
        contract.security(),
        contract.scalability(),
        contract.pricing(),
        contract.termination(),
        contract.holdHarmless());
  }
}
