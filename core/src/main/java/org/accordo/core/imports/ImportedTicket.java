package org.accordo.core.imports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket of a ticket list, with the events its times imply ({@code created} first).
 *
 * @param externalId its id in the PSA
 * @param subject its subject (the id's when the list has none)
 * @param priority its priority as the contract names it
 * @param service the contract service it concerns, or empty
 * @param openedAt when it was opened
 * @param events the events its times imply, in the order of its columns
 * @param line the line of its row
 */
public record ImportedTicket(
    String externalId,
    String subject,
    String priority,
    Optional<String> service,
    Instant openedAt,
    List<ImportedEvent> events,
    long line) {

  public ImportedTicket {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(openedAt, "openedAt");
    events = List.copyOf(events);
  }
}
