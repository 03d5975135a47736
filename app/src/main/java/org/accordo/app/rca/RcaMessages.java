package org.accordo.app.rca;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.CustomerMessage;
import org.accordo.app.notifications.CustomerMessages;
import org.accordo.app.notifications.HistoryLoads;
import org.accordo.app.security.Caller;
import org.accordo.core.contract.EscalationLevel;
import org.accordo.core.contract.EscalationMatrix;
import org.springframework.stereotype.Component;

/**
 * Tells of an RCA's clock and delivery through the outbox, in the transaction that records each (so
 * once, whichever node records it): an escalation e-mails its level's address in the contract's
 * escalation matrix, a breach the level of the highest threshold at or below 100% (as a ticket
 * clock's breach does); a delivery e-mails the customer's contact with the RCA document as a PDF in
 * the contract's language. The contract is the one in force on the day of the event, in the
 * customer's zone; each message also goes to the customer's webhook subscriptions.
 */
@Component
class RcaMessages {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CustomerMessages messages;
  private final ContractLibrary contracts;
  private final CustomerService customers;
  private final RcaRepository rows;
  private final HistoryLoads history;

  RcaMessages(
      CustomerMessages messages,
      ContractLibrary contracts,
      CustomerService customers,
      RcaRepository rows,
      HistoryLoads history) {
    this.history = history;
    this.messages = messages;
    this.contracts = contracts;
    this.customers = customers;
    this.rows = rows;
  }

  /** A threshold of the RCA's clock recorded (an escalation or the breach). */
  void recorded(RcaThreshold threshold) {
    if (history.isHistory(threshold.customerId(), threshold.dueAt())) {
      return; // crossed within history loaded for the customer: recorded, not told (issue 12)
    }
    boolean breach = threshold.kind().equals("breach");
    ZoneId zone = zone(threshold.customerId());
    Optional<LoadedContract> contract = inForce(threshold.customerId(), threshold.dueAt(), zone);
    String level = breach ? breachLevel(threshold.rcaId()) : threshold.level();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("rca_id", threshold.rcaId());
    fields.put("kind", threshold.kind());
    fields.put("at_fraction", threshold.atFraction().stripTrailingZeros().toPlainString());
    fields.put("level", level);
    fields.put("due_at", threshold.dueAt().toString());
    fields.put("occurred_at", threshold.dueAt().toString());
    String subject =
        "[Accordo] Root cause analysis "
            + (breach ? "overdue since " : "escalated (" + level + "), due ")
            + LOCAL.format(threshold.dueAt().atZone(zone))
            + " "
            + zone.getId();
    messages.send(
        new CustomerMessage(
            threshold.customerId(),
            breach ? "rca.breached" : "rca.escalated",
            subject,
            fields,
            contract.flatMap(c -> levelEmail(c, level)).map(List::of).orElse(List.of()),
            Optional.empty(),
            CustomerMessage.everyone()));
  }

  /** An RCA delivered: its document, as a PDF in the contract's language, to the customer. */
  void delivered(Rca rca) {
    ZoneId zone = zone(rca.customerId());
    Optional<LoadedContract> contract = inForce(rca.customerId(), rca.deliveredAt(), zone);
    String language = contract.map(c -> c.contract().header().language().code()).orElse("en");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("rca_id", rca.id());
    fields.put("delivered_at", rca.deliveredAt().toString());
    fields.put("due_at", rca.dueAt().toString());
    fields.put("tickets", rca.tickets());
    fields.put("summary", rca.summary());
    messages.send(
        new CustomerMessage(
            rca.customerId(),
            "rca.delivered",
            "[Accordo] Root cause analysis delivered: " + rca.summary(),
            fields,
            contract
                .flatMap(c -> c.contract().header().customer().contact())
                .flatMap(contact -> contact.email())
                .map(List::of)
                .orElse(List.of()),
            Optional.of(RcaAttachments.reference(rca.id(), language)),
            CustomerMessage.everyone()));
  }

  /** The level of the highest escalation threshold at or below 100%, or null. */
  private String breachLevel(String rcaId) {
    return rows.thresholds(rcaId).stream()
        .filter(t -> t.kind().equals("escalation") && t.level() != null)
        .filter(t -> t.atFraction().compareTo(BigDecimal.ONE) <= 0)
        .max(Comparator.comparing(RcaThreshold::atFraction))
        .map(RcaThreshold::level)
        .orElse(null);
  }

  private static Optional<String> levelEmail(LoadedContract contract, String level) {
    if (level == null) {
      return Optional.empty();
    }
    return contract
        .contract()
        .escalation()
        .flatMap((EscalationMatrix matrix) -> matrix.level(level))
        .flatMap(EscalationLevel::email);
  }

  private ZoneId zone(String customerId) {
    return customers.visible(Caller.SYSTEM, customerId).timeZone();
  }

  private Optional<LoadedContract> inForce(String customerId, Instant at, ZoneId zone) {
    return contracts.inForce(customerId, at.atZone(zone).toLocalDate());
  }
}
