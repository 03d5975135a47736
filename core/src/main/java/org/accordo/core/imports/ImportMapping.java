package org.accordo.core.imports;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.contract.SourceLocation;

/**
 * How one PSA's exports are read ({@code docs/imports.md}): the source they come from, the zone and
 * formats of their timestamps, the columns of the ticket list and, when the PSA exports one, of the
 * status history, and what its statuses, priorities and services are in Accordo.
 *
 * @param source the PSA's id, 1 to 32 of {@code a-z 0-9 _ -}: imported rows are keyed by source and
 *     external id, so exports of two PSAs never collide and the same export imports once
 * @param title what the mapping reads, for people
 * @param zone the zone of timestamps written without offset
 * @param localTimes the rule for local times daylight saving time skips or repeats
 * @param timestampFormats {@code java.time} patterns tried after ISO-8601, in order; empty: ISO
 *     only
 * @param tickets the ticket list's columns
 * @param history the history's columns and rules, or empty when the PSA exports none
 * @param statuses by {@link Names#key} of the PSA's status
 * @param priorities by key of the PSA's priority; empty: the PSA's priorities are the contract's
 *     ids
 * @param services by key of the PSA's value of the service column; empty: taken as written
 * @param defaultService the service of a ticket whose service column is empty, or empty
 * @param location the mapping file's name (line 0: the whole file)
 */
public record ImportMapping(
    String source,
    String title,
    ZoneId zone,
    LocalTimeRule localTimes,
    List<String> timestampFormats,
    TicketColumns tickets,
    Optional<HistoryMapping> history,
    Map<String, MappedValue<StatusTarget>> statuses,
    Map<String, MappedValue<String>> priorities,
    Map<String, MappedValue<String>> services,
    Optional<String> defaultService,
    SourceLocation location) {

  public ImportMapping {
    Objects.requireNonNull(source, "source");
    if (!source.matches("[a-z0-9_-]{1,32}")) {
      throw new IllegalArgumentException(
          "a source is 1 to 32 of a-z 0-9 _ -, was '" + source + "'");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(localTimes, "localTimes");
    timestampFormats = List.copyOf(timestampFormats);
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(history, "history");
    statuses = Map.copyOf(statuses);
    priorities = Map.copyOf(priorities);
    services = Map.copyOf(services);
    Objects.requireNonNull(defaultService, "defaultService");
    Objects.requireNonNull(location, "location");
  }

  /** The entry of a PSA status, or empty when the mapping does not name it. */
  public Optional<MappedValue<StatusTarget>> status(String psaStatus) {
    return Optional.ofNullable(statuses.get(Names.key(psaStatus)));
  }

  /** The entry of a PSA priority, or empty when the mapping does not name it. */
  public Optional<MappedValue<String>> priority(String psaPriority) {
    return Optional.ofNullable(priorities.get(Names.key(psaPriority)));
  }

  /** The entry of a PSA service value, or empty when the mapping does not name it. */
  public Optional<MappedValue<String>> service(String psaService) {
    return Optional.ofNullable(services.get(Names.key(psaService)));
  }
}
