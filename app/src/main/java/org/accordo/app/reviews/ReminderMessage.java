package org.accordo.app.reviews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.customers.Customer;
import org.accordo.app.notifications.CustomerMessage;
import org.accordo.core.contract.Contact;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.Party;

/**
 * The reminder of a review as the outbox delivers it: an e-mail to the review's owner (its {@code
 * owner} when an address, else the provider's contact: the MSP's person who calls the review) and
 * to the customer's contact, and a {@code review.reminder} webhook.
 */
final class ReminderMessage {

  private ReminderMessage() {}

  static CustomerMessage of(
      Customer customer, NextReview next, LocalDate today, Optional<Contract> contract) {
    long days = ChronoUnit.DAYS.between(today, next.date());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("review_date", next.date().toString());
    fields.put("days_ahead", days);
    fields.put("source", next.source().id());
    fields.put("owner", next.owner().orElse(null));
    String subject =
        "[Accordo] SLA review of "
            + customer.name()
            + " due on "
            + next.date()
            + " (in "
            + days
            + (days == 1 ? " day)" : " days)");
    return new CustomerMessage(
        customer.id(),
        "review.reminder",
        subject,
        fields,
        recipients(next, contract),
        Optional.empty(),
        CustomerMessage.everyone());
  }

  /** The owner's address (or the provider's contact's), then the customer's contact's. */
  static List<String> recipients(NextReview next, Optional<Contract> contract) {
    List<String> to = new ArrayList<>();
    Optional<String> owner = next.owner().filter(o -> o.contains("@"));
    if (owner.isPresent()) {
      to.add(owner.get());
    } else {
      contract.flatMap(c -> email(c.header().provider())).ifPresent(to::add);
    }
    contract
        .flatMap(c -> email(c.header().customer()))
        .filter(a -> !to.contains(a))
        .ifPresent(to::add);
    return to;
  }

  private static Optional<String> email(Party party) {
    return party.contact().flatMap(Contact::email);
  }
}
