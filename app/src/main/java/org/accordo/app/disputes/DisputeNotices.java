package org.accordo.app.disputes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.CustomerMessage;
import org.accordo.app.notifications.CustomerMessages;
import org.accordo.app.security.Caller;
import org.accordo.core.contract.ContractHeader;
import org.accordo.core.contract.Party;
import org.springframework.stereotype.Component;

/**
 * Tells of disputes through the outbox, in the transaction of the change: the MSP (the provider's
 * contact of the contract in force today) when a customer opens one, the customer's contact when an
 * admin decides one; and, as for every customer message, the customer's webhook subscriptions.
 */
@Component
class DisputeNotices {

  private final CustomerMessages messages;
  private final ContractLibrary contracts;
  private final CustomerService customers;
  private final Clock clock;

  DisputeNotices(
      CustomerMessages messages,
      ContractLibrary contracts,
      CustomerService customers,
      Clock clock) {
    this.messages = messages;
    this.contracts = contracts;
    this.customers = customers;
    this.clock = clock;
  }

  void opened(Dispute dispute) {
    messages.send(
        message(
            dispute,
            "dispute.opened",
            "[Accordo] Dispute opened by " + dispute.customerId() + " of " + dispute.what(),
            ContractHeader::provider));
  }

  void decided(Dispute dispute) {
    messages.send(
        message(
            dispute,
            "dispute.decided",
            "[Accordo] Your dispute of " + dispute.what() + " is " + dispute.state(),
            ContractHeader::customer));
  }

  private CustomerMessage message(
      Dispute dispute, String type, String subject, Function<ContractHeader, Party> to) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("dispute_id", dispute.id());
    fields.put("subject", dispute.subject().id());
    fields.put("what", dispute.what());
    fields.put("state", dispute.state().id());
    fields.put("text", dispute.text());
    if (dispute.decidedAt() != null) {
      fields.put("decided_at", dispute.decidedAt().toString());
      fields.put("decision_note", dispute.decisionNote() == null ? "" : dispute.decisionNote());
      fields.put("correction", dispute.correction() == null ? "" : dispute.correction());
    }
    return new CustomerMessage(
        dispute.customerId(),
        type,
        subject,
        fields,
        address(dispute.customerId(), to),
        Optional.empty(),
        CustomerMessage.everyone());
  }

  /** The party's e-mail in the contract in force today (in the customer's zone), if any. */
  private List<String> address(String customerId, Function<ContractHeader, Party> party) {
    var zone = customers.visible(Caller.SYSTEM, customerId).timeZone();
    return contracts
        .inForce(customerId, clock.instant().atZone(zone).toLocalDate())
        .flatMap(c -> party.apply(c.contract().header()).contact())
        .flatMap(contact -> contact.email())
        .map(List::of)
        .orElse(List.of());
  }
}
