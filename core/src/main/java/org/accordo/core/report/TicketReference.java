package org.accordo.core.report;

import java.util.Objects;
import java.util.Optional;

/**
 * How a person knows a ticket: the number the PSA gave it ({@code external_id}) and its subject,
 * printed wherever a report names the ticket instead of Accordo's internal id.
 *
 * @param id Accordo's id of the ticket, the key its events and clocks carry; never blank
 * @param number the ticket's number in the PSA, as its people write it; never blank (a ticket
 *     without one is named by its id)
 * @param subject the ticket's subject line, empty when unknown; never blank when present
 */
public record TicketReference(String id, String number, Optional<String> subject) {

  public TicketReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(subject, "subject");
    if (id.isBlank() || number.isBlank()) {
      throw new IllegalArgumentException(
          "a ticket needs an id and a number, was '" + id + "', '" + number + "'");
    }
    if (subject.isPresent() && subject.get().isBlank()) {
      throw new IllegalArgumentException("ticket " + id + ": a subject must not be blank");
    }
  }

  /** A ticket known only by its id: its number is the id, its subject unknown. */
  public static TicketReference of(String id) {
    return new TicketReference(id, id, Optional.empty());
  }
}
