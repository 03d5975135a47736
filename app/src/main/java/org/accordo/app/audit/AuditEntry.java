package org.accordo.app.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded write: who did what to which entity, when.
 *
 * @param id the entry's sequence number, increasing in the order of recording
 * @param occurredAt when the write was made (the server's clock)
 * @param actor the id of the token that made it, or {@code system}
 * @param action what was done, {@code <entity>.<past tense verb>}, e.g. {@code customer.created}
 * @param entityType the kind of entity written, e.g. {@code customer}
 * @param entityId the written entity's id
 * @param customerId the customer the entity belongs to, or null for deployment-wide entities
 * @param detail a short note for people (e.g. the role of a new token), or null
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String customerId,
    String detail) {

  public AuditEntry {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
  }
}
