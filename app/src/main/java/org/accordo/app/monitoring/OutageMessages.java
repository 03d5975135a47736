package org.accordo.app.monitoring;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.notifications.CustomerMessage;
import org.accordo.app.notifications.CustomerMessages;
import org.accordo.app.outages.RecordedOutage;
import org.springframework.stereotype.Component;

/**
 * Tells the customer's contact (the contract's {@code customer.contact.email}) and webhooks through
 * the outbox that a monitor opened or closed an outage, in the transaction that records it. The
 * message carries the check's result in the fixed vocabulary only.
 */
@Component
class OutageMessages {

  private final CustomerMessages messages;
  private final ContractLibrary contracts;

  OutageMessages(CustomerMessages messages, ContractLibrary contracts) {
    this.messages = messages;
    this.contracts = contracts;
  }

  void opened(Monitor monitor, RecordedOutage outage, CheckResult last) {
    send(
        monitor,
        outage,
        last,
        "outage.opened",
        "[Accordo] " + outage.service() + " is down since " + outage.from());
  }

  void closed(Monitor monitor, RecordedOutage outage, CheckResult last) {
    send(
        monitor,
        outage,
        last,
        "outage.closed",
        "[Accordo] " + outage.service() + " is up again since " + outage.to());
  }

  private void send(
      Monitor monitor, RecordedOutage outage, CheckResult last, String type, String subject) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("outage_id", outage.id());
    fields.put("service", outage.service());
    fields.put("from", outage.from().toString());
    if (outage.to() != null) {
      fields.put("to", outage.to().toString());
    }
    fields.put("cause", outage.cause().id());
    fields.put("monitor_id", monitor.id());
    fields.put("monitor_name", monitor.name());
    fields.put("check", last.label());
    messages.send(
        new CustomerMessage(
            monitor.customerId(),
            type,
            subject,
            fields,
            contacts(monitor.customerId(), outage),
            Optional.empty(),
            CustomerMessage.everyone()));
  }

  private List<String> contacts(String customerId, RecordedOutage outage) {
    LocalDate day = outage.from().atZone(ZoneOffset.UTC).toLocalDate();
    return contracts
        .inForce(customerId, day)
        .flatMap(c -> c.contract().header().customer().contact())
        .flatMap(contact -> contact.email())
        .map(List::of)
        .orElse(List.of());
  }
}
