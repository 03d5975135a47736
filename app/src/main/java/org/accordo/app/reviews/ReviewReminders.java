package org.accordo.app.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractVersion;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.CustomerMessages;
import org.accordo.app.operations.NodeId;
import org.accordo.app.security.Caller;
import org.accordo.app.work.DueWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the review's owner and the customer's contact of each next review ahead of its date
 * ({@code accordo.reviews.remind-before}, 30 and 7 days by default). Every poll plans the missing
 * reminders of each customer's next review (one row per customer, date and lead time: a second
 * node's plan of the same row is a no-op), then claims the due ones with {@code FOR UPDATE SKIP
 * LOCKED} and settles each once, in the transaction that writes its messages to the outbox: so each
 * reminder is sent once, whichever node gets it.
 */
@Component
class ReviewReminders implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewReminders.class);

  /** Reminders per transaction. */
  static final int BATCH = 50;

  private final ReminderRepository rows;
  private final Reviews reviews;
  private final ContractLibrary contracts;
  private final CustomerService customers;
  private final CustomerMessages messages;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final NodeId node;
  private final Clock clock;
  private final ReviewSettings settings;

  ReviewReminders(
      ReminderRepository rows,
      Reviews reviews,
      ContractLibrary contracts,
      CustomerService customers,
      CustomerMessages messages,
      AuditLog audit,
      TransactionTemplate transactions,
      NodeId node,
      Clock clock,
      ReviewSettings settings) {
    this.rows = rows;
    this.reviews = reviews;
    this.contracts = contracts;
    this.customers = customers;
    this.messages = messages;
    this.audit = audit;
    this.transactions = transactions;
    this.node = node;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (settings.scheduler()) {
      registrar.addFixedDelayTask(this::poll, settings.pollInterval());
    }
  }

  void poll() {
    try {
      plan();
    } catch (RuntimeException e) {
      LOG.error("planning review reminders failed; trying again at the next poll", e);
    }
    DueWork.drain(this::runBatch, BATCH, LOG, "sending due review reminders");
  }

  /** Plans the reminders of every customer's next review that are not planned yet. */
  int plan() {
    List<String> customerIds =
        contracts.allVersions().stream().map(ContractVersion::customerId).distinct().toList();
    int planned = 0;
    for (String customerId : customerIds) {
      planned += plan(customerId);
    }
    return planned;
  }

  /** Settles one batch of due reminders; returns how many were claimed. */
  int runBatch() {
    Integer done =
        transactions.execute(
            status -> {
              Instant now = clock.instant();
              List<Reminder> due = rows.claimDue(now, BATCH);
              due.forEach(r -> settle(r, now));
              return due.size();
            });
    return done == null ? 0 : done;
  }

  private int plan(String customerId) {
    try {
      Integer planned =
          transactions.execute(
              status -> {
                ZoneId zone = customers.get(Caller.SYSTEM, customerId).timeZone();
                LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
                Optional<NextReview> next = reviews.next(customerId, today);
                if (next.isEmpty() || !next.get().date().isAfter(today)) {
                  return 0;
                }
                LocalDate date = next.get().date();
                int count = 0;
                for (int lead : settings.leadDays()) {
                  Instant dueAt = date.minusDays(lead).atStartOfDay(zone).toInstant();
                  count += rows.plan(new Reminder(customerId, date, lead, dueAt)) ? 1 : 0;
                }
                return count;
              });
      return planned == null ? 0 : planned;
    } catch (DuplicateKeyException e) {
      // another node planned the same reminders at the same moment: they are planned
      return 0;
    }
  }

  private void settle(Reminder reminder, Instant now) {
    Customer customer = customers.get(Caller.SYSTEM, reminder.customerId());
    LocalDate today = LocalDate.ofInstant(now, customer.timeZone());
    Optional<NextReview> next = reviews.next(reminder.customerId(), today);
    Optional<String> skip = skipReason(reminder, next, today);
    Reminder.Outcome outcome = skip.isPresent() ? Reminder.Outcome.SKIPPED : Reminder.Outcome.SENT;
    if (!rows.settle(reminder, outcome, now.truncatedTo(ChronoUnit.MICROS), node.value())) {
      return;
    }
    if (outcome == Reminder.Outcome.SENT) {
      int written =
          messages.send(
              ReminderMessage.of(
                  customer,
                  next.orElseThrow(),
                  today,
                  contracts.inForce(customer.id(), today).map(c -> c.contract())));
      audit.record(
          Caller.SYSTEM,
          "review.reminded",
          "review",
          reminder.customerId() + "/" + reminder.reviewDate(),
          reminder.customerId(),
          reminder.leadDays() + " days ahead, " + written + " notifications");
    } else {
      LOG.debug("review reminder {} skipped: {}", reminder, skip.get());
    }
  }

  /** Why a due reminder is not sent, or empty when it is. */
  private Optional<String> skipReason(
      Reminder reminder, Optional<NextReview> next, LocalDate today) {
    if (next.isEmpty() || !next.get().date().equals(reminder.reviewDate())) {
      return Optional.of("the next review is no longer on " + reminder.reviewDate());
    }
    if (!today.isBefore(reminder.reviewDate())) {
      return Optional.of("the review's day has come");
    }
    boolean shorterDue =
        settings.leadDays().stream()
            .anyMatch(
                lead ->
                    lead < reminder.leadDays()
                        && !reminder.reviewDate().minusDays(lead).isAfter(today));
    return shorterDue ? Optional.of("a reminder nearer the date is due as well") : Optional.empty();
  }
}
