package org.accordo.app.clocks;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accordo.app.tickets.MeasuredTickets;
import org.springframework.stereotype.Component;

/**
 * The tickets a contract upload's rebuild measures again: the customer's tickets opened in the
 * version's dates, but those whose histories are still being stored ({@link UnfinishedHistories}),
 * which their importer rebuilds itself with the contract in force then. Read both when the upload
 * schedules its rebuild and when the worker looks for tickets it missed before completing it.
 */
@Component
class RebuildCandidates {

  private final MeasuredTickets tickets;
  private final List<UnfinishedHistories> unfinished;

  RebuildCandidates(MeasuredTickets tickets, List<UnfinishedHistories> unfinished) {
    this.tickets = tickets;
    this.unfinished = List.copyOf(unfinished);
  }

  /**
   * The customer's tickets opened in {@code [from, until)} (until null: on) that no importer is
   * storing.
   */
  List<String> openedBetween(String customerId, Instant from, Instant until) {
    List<String> opened = tickets.openedBetween(customerId, from, until);
    Set<String> storing = new HashSet<>();
    unfinished.forEach(histories -> storing.addAll(histories.tickets(customerId)));
    return storing.isEmpty()
        ? opened
        : opened.stream().filter(id -> !storing.contains(id)).toList();
  }
}
