package org.accordo.app.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.tickets.HistoryImport;
import org.accordo.core.contract.Contract;

/**
 * What the server checks an import's rows against: the customer's contract version in force on the
 * day (in its zone) each ticket was opened, the tickets stored.
 */
final class DatabaseStore implements ImportStore {

  private final String customerId;
  private final ZoneId zone;
  private final ContractLibrary contracts;
  private final HistoryImport history;
  private final String source;
  private final Instant latest;
  private final Map<LocalDate, Optional<Contract>> byDay = new HashMap<>();

  DatabaseStore(
      String customerId,
      ZoneId zone,
      String source,
      ContractLibrary contracts,
      HistoryImport history,
      Instant latest) {
    this.customerId = customerId;
    this.zone = zone;
    this.source = source;
    this.contracts = contracts;
    this.history = history;
    this.latest = latest;
  }

  @Override
  public Optional<Contract> contractFor(Instant openedAt) {
    return byDay.computeIfAbsent(
        openedAt.atZone(zone).toLocalDate(),
        day -> contracts.inForce(customerId, day).map(ContractLibrary.LoadedContract::contract));
  }

  @Override
  public Map<String, Instant> openedAt(Collection<String> ticketIds) {
    Map<String, Instant> opened = new HashMap<>();
    history
        .tickets(ticketIds)
        .forEach(
            (id, t) -> {
              if (t.externalId() != null
                  && id.equals(ImportIds.ticket(customerId, source, t.externalId()))) {
                opened.put(id, t.openedAt());
              }
            });
    return opened;
  }

  @Override
  public Map<String, String> ticketIdsOf(Collection<String> externalIds) {
    Map<String, String> ids = new HashMap<>();
    history.byExternalIds(customerId, externalIds).forEach((ext, t) -> ids.put(ext, t.id()));
    return ids;
  }

  @Override
  public Instant latest() {
    return latest;
  }
}
