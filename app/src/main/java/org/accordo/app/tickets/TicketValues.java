package org.accordo.app.tickets;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.policy.TicketStatus;

/**
 * Checks of the ticket vocabulary in requests. Priorities and services are ids defined by the
 * customer's contract; until the contract loader lands they are checked for form only.
 */
final class TicketValues {

  private static final Pattern PRIORITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
  private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

  private TicketValues() {}

  static String priority(String value, String field) {
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    if (!PRIORITY.matcher(value).matches()) {
      throw new InvalidField(
          field,
          "must be a priority id of the contract, such as P1: 1 to 32 of A-Z, a-z, 0-9, '_', '-'");
    }
    return value;
  }

  static String service(String value, String field) {
    if (value != null && !SERVICE.matcher(value).matches()) {
      throw new InvalidField(
          field,
          "must be a service id of the contract, such as service-desk: 1 to 100 of A-Z, a-z, 0-9, '_', '.', '-'");
    }
    return value;
  }

  static TicketStatus status(String value, String field) {
    if (value == null) {
      throw new InvalidField(field, "is required");
    }
    return TicketStatus.fromId(value)
        .orElseThrow(
            () ->
                new InvalidField(
                    field,
                    "'"
                        + printable(value)
                        + "' is not a status; use one of "
                        + String.join(
                            ", ",
                            Arrays.stream(TicketStatus.values()).map(TicketStatus::id).toList())));
  }

  static String printable(String value) {
    return Excerpt.of(value);
  }
}
