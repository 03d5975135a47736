package org.accordo.app.outages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.CustomerMessage;
import org.accordo.app.notifications.CustomerMessages;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.availability.OutageCause;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance windows announced ahead: recorded as an {@code announced_maintenance} outage
 * announced now, and told to the customer's contact (the contract's {@code customer.contact.email})
 * and webhooks through the outbox, in the same transaction. Whether it counts as announced is the
 * contract's notice's to say (SLA semantics §5, docs/sla-semantics.md §7): the answer tells, and a
 * statement judges it when the month is closed.
 */
@Service
class MaintenanceAnnouncements {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Outages outages;
  private final CustomerService customers;
  private final ContractLibrary contracts;
  private final CustomerMessages messages;
  private final Clock clock;

  MaintenanceAnnouncements(
      Outages outages,
      CustomerService customers,
      ContractLibrary contracts,
      CustomerMessages messages,
      Clock clock) {
    this.outages = outages;
    this.customers = customers;
    this.contracts = contracts;
    this.messages = messages;
    this.clock = clock;
  }

  /** A maintenance window to announce: {@code [from, to)} of one service. */
  record Maintenance(String customerId, String service, Instant from, Instant to, String note) {
    Maintenance {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!to.isAfter(from)) {
        throw new InvalidField("to", to + " is not after from (" + from + ")");
      }
    }
  }

  /**
   * The announced window, the notice the contract asks for, and whether this announcement gives it
   * ({@code now} no later than {@code from - notice}).
   */
  record Announced(RecordedOutage outage, Duration notice, boolean inTime) {}

  @Transactional
  Announced announce(Caller caller, Maintenance maintenance) {
    Customer customer = customers.visible(caller, maintenance.customerId());
    caller.requireRole(Role.ADMIN, Role.AGENT);
    ContractServices services = new ContractServices(contracts, customer.id(), customer.timeZone());
    services
        .refusal(maintenance.service(), maintenance.from())
        .ifPresent(
            problem -> {
              throw new InvalidField("service", problem);
            });
    Instant now = clock.instant();
    RecordedOutage outage =
        new RecordedOutage(
            UUID.randomUUID().toString(),
            customer.id(),
            maintenance.service(),
            maintenance.from(),
            maintenance.to(),
            OutageCause.ANNOUNCED_MAINTENANCE,
            maintenance.note() == null ? "" : maintenance.note(),
            now,
            OutageKind.MAINTENANCE,
            now,
            caller.tokenId(),
            now);
    outages.record(caller, outage, null, null);
    Duration notice = services.notice(maintenance.service(), maintenance.from());
    Announced announced =
        new Announced(outage, notice, !now.isAfter(maintenance.from().minus(notice)));
    messages.send(message(announced, services, customer.timeZone()));
    return announced;
  }

  private static CustomerMessage message(
      Announced announced, ContractServices services, ZoneId zone) {
    RecordedOutage o = announced.outage();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("outage_id", o.id());
    fields.put("service", o.service());
    fields.put("from", o.from().toString());
    fields.put("to", o.to().toString());
    fields.put("note", o.note());
    fields.put("announced_at", o.announcedAt().toString());
    fields.put("notice", announced.notice().toString());
    fields.put("announced_in_time", announced.inTime());
    String subject =
        "[Accordo] Maintenance of "
            + o.service()
            + " announced: "
            + LOCAL.format(o.from().atZone(zone))
            + " to "
            + LOCAL.format(o.to().atZone(zone))
            + " "
            + zone.getId();
    return new CustomerMessage(
        o.customerId(),
        "maintenance.announced",
        subject,
        fields,
        services.contacts(o.from()),
        Optional.empty(),
        CustomerMessage.everyone());
  }
}
