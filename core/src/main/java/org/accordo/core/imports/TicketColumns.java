package org.accordo.core.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of a ticket list (CSV header names, or JSON Lines property paths such as {@code
 * status.name}). Only {@code id}, {@code priority} and {@code created} are required; the times a
 * list has imply the events the import builds.
 *
 * @param id the ticket's id in the PSA: its external id in Accordo, unique per source
 * @param subject its subject line, optional
 * @param priority its priority (the current one), mapped by the mapping's {@code priorities}
 * @param service the contract service it concerns, optional (chooses the SLA)
 * @param status its current status, optional: only a status mapped to {@code cancelled} is used
 * @param created when it was opened
 * @param firstResponse when the provider first answered (a public reply), optional
 * @param resolved when it was resolved, optional
 * @param closed when it was closed, optional
 * @param updated when it last changed, optional: the instant of a cancellation without a closing
 *     time
 */
public record TicketColumns(
    String id,
    Optional<String> subject,
    String priority,
    Optional<String> service,
    Optional<String> status,
    String created,
    Optional<String> firstResponse,
    Optional<String> resolved,
    Optional<String> closed,
    Optional<String> updated) {

  public TicketColumns {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(firstResponse, "firstResponse");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(updated, "updated");
  }

  /** The mapping's key of each column given, e.g. {@code first_response -> dateResponded}. */
  public Map<String, String> named() {
    Map<String, String> named = new LinkedHashMap<>();
    named.put("id", id);
    subject.ifPresent(c -> named.put("subject", c));
    named.put("priority", priority);
    service.ifPresent(c -> named.put("service", c));
    status.ifPresent(c -> named.put("status", c));
    named.put("created", created);
    firstResponse.ifPresent(c -> named.put("first_response", c));
    resolved.ifPresent(c -> named.put("resolved", c));
    closed.ifPresent(c -> named.put("closed", c));
    updated.ifPresent(c -> named.put("updated", c));
    return named;
  }
}
