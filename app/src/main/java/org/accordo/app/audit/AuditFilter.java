package org.accordo.app.audit;

import java.time.Instant;
import java.util.regex.Pattern;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.web.Require;

/**
 * What the audit log is filtered by; a null field does not filter. Entries outlive what they
 * describe, so a customer or token id is not checked for existence: a deleted customer's entries
 * are still found by its id.
 *
 * @param customerId entries of this customer
 * @param actor entries written by this actor: a token id ({@code tok_...}), {@code system}, or an
 *     inbound source ({@code src_<id>})
 * @param action entries of this action, {@code <entity>.<past tense verb>}
 * @param from entries that occurred at or after this instant
 * @param to entries that occurred before this instant (exclusive)
 */
public record AuditFilter(
    String customerId, String actor, String action, Instant from, Instant to) {

  /** No filter: every entry. */
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z_]*\\.[a-z][a-z_]*");

  public AuditFilter {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidField("to", to + " is not after from (" + from + ")");
    }
  }

  /**
   * The filter of the query parameters as written.
   *
   * @throws InvalidField naming {@code customer_id}, {@code actor}, {@code action}, {@code from} or
   *     {@code to} when one is malformed, or {@code to} when it is not after {@code from}
   */
  static AuditFilter of(String customerId, String actor, String action, String from, String to) {
    return new AuditFilter(
        customerId == null ? null : Require.id(customerId, "customer_id"),
        actor == null ? null : Require.id(actor, "actor"),
        action == null ? null : action(action),
        Require.optionalInstant(from, "from"),
        Require.optionalInstant(to, "to"));
  }

  private static String action(String value) {
    if (value.length() > 64 || !ACTION.matcher(value).matches()) {
      throw new InvalidField(
          "action",
          "must be an action such as ticket.created: <entity>.<verb>, lowercase letters and '_'");
    }
    return value;
  }
}
