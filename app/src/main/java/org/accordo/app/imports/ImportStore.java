package org.accordo.app.imports;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.accordo.core.contract.Contract;

/**
 * What an import checks its rows against: the contract that will measure each ticket, and what is
 * stored already. The server's is the database; a file of events has none.
 */
interface ImportStore {

  /** The contract in force for a ticket opened at {@code openedAt}, or empty. */
  Optional<Contract> contractFor(Instant openedAt);

  /** When each of these stored tickets was opened, by Accordo's id; missing ones are absent. */
  Map<String, Instant> openedAt(Collection<String> ticketIds);

  /** The ids of the stored tickets with these external ids, by external id. */
  Map<String, String> ticketIdsOf(Collection<String> externalIds);

  /** The latest instant an event may have: a little after now (SLA semantics §2). */
  Instant latest();

  /**
   * A store with nothing in it, for a file of events: every ticket's contract is {@code contract}.
   */
  static ImportStore none(Optional<Contract> contract, Instant latest) {
    return new ImportStore() {
      @Override
      public Optional<Contract> contractFor(Instant openedAt) {
        return contract;
      }

      @Override
      public Map<String, Instant> openedAt(Collection<String> ticketIds) {
        return Map.of();
      }

      @Override
      public Map<String, String> ticketIdsOf(Collection<String> externalIds) {
        return Map.of();
      }

      @Override
      public Instant latest() {
        return latest;
      }
    };
  }
}
