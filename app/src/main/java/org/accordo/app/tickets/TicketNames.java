package org.accordo.app.tickets;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * How people name tickets (the PSA's number and the subject), for modules that tell people about a
 * ticket, such as notifications and the escalation feed. Reads in the caller's transaction.
 */
@Service
public class TicketNames {

  private final TicketRepository tickets;

  TicketNames(TicketRepository tickets) {
    this.tickets = tickets;
  }

  /**
   * A ticket's names.
   *
   * @param id Accordo's id
   * @param externalId the PSA's number, or null when it has none
   * @param subject the subject line
   */
  public record TicketName(String id, String externalId, String subject) {

    public TicketName {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(subject, "subject");
    }
  }

  /** The names of the tickets among {@code ticketIds} that exist, by id, in one query. */
  public Map<String, TicketName> ofAll(Collection<String> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Map.of();
    }
    Map<String, TicketName> names = new HashMap<>();
    tickets
        .findAll(ticketIds)
        .values()
        .forEach(t -> names.put(t.id(), new TicketName(t.id(), t.externalId(), t.subject())));
    return names;
  }

  /** The names of the ticket {@code ticketId}, or empty when there is no such ticket. */
  public Optional<TicketName> of(String ticketId) {
    return tickets.find(ticketId).map(TicketNames::name);
  }

  /**
   * The names of several tickets, by id, in one query (e.g. for a page of a list); a missing ticket
   * has none.
   */
  public Map<String, TicketName> of(Collection<String> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Map.of();
    }
    Map<String, TicketName> names = new HashMap<>();
    tickets.findAll(Set.copyOf(ticketIds)).forEach((id, t) -> names.put(id, name(t)));
    return names;
  }

  private static TicketName name(Ticket t) {
    return new TicketName(t.id(), t.externalId(), t.subject());
  }
}
