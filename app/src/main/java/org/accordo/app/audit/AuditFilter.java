package org.accordo.app.audit;

import java.time.Instant;

/**
 * Filters of the audit log; a null field does not filter.
 *
 * @param actor who acted: a token's id, or {@code user:} and a person's id
 * @param customerId the customer the entity belongs to
 * @param action what was done, e.g. {@code customer.updated}
 * @param from the first instant, inclusive
 * @param until the end, exclusive
 */
public record AuditFilter(
    String actor, String customerId, String action, Instant from, Instant until) {

  /** No filter: every entry. */
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

  public AuditFilter {
    actor = blankToNull(actor);
    customerId = blankToNull(customerId);
    action = blankToNull(action);
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("the end " + until + " is before the start " + from);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
