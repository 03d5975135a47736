package org.accordo.app.clocks;

import java.util.Set;

/**
 * Tickets whose histories another module is still storing and whose clocks it rebuilds itself once
 * they are whole: an import's tickets, from the chunk that stores them to its rebuild of their
 * clocks. A contract upload's rebuild leaves them alone ({@link RebuildCandidates}): measured from
 * half a history, a ticket would record crossings its whole history does not have, and two rebuilds
 * of one ticket at once would both insert its SLA row.
 */
public interface UnfinishedHistories {

  /** The customer's tickets whose histories are being stored, by id; empty when there are none. */
  Set<String> tickets(String customerId);
}
