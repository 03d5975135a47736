package org.accordo.app.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractService;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.contract.ContractChange;
import org.accordo.core.contract.ContractDiff;
import org.accordo.core.contract.ReviewSchedule;
import org.accordo.core.contract.lint.Finding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of periodic SLA reviews: the schedule (the next review, from the contract in force or
 * the last review recorded, and the reviews held), and the recording of a review by staff, whose
 * agreed changes become a new contract version through the contracts module. Every read is scoped
 * by customer.
 */
@Service
public class Reviews {

  private final ReviewRepository rows;
  private final CustomerService customers;
  private final ContractService contracts;
  private final ContractLibrary library;
  private final AuditLog audit;
  private final Clock clock;

  Reviews(
      ReviewRepository rows,
      CustomerService customers,
      ContractService contracts,
      ContractLibrary library,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.customers = customers;
    this.contracts = contracts;
    this.library = library;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A customer's review schedule as seen on a day.
   *
   * @param today the day in the customer's zone it was read on
   * @param next the next review, or empty when no contract in force and no review names one
   * @param held the reviews held, the latest first
   */
  public record Schedule(LocalDate today, Optional<NextReview> next, List<Review> held) {
    public Schedule {
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(next, "next");
      held = List.copyOf(held);
    }

    /** True when the next review's date has passed without a review recorded. */
    public boolean overdue() {
      return next.filter(n -> n.overdueOn(today)).isPresent();
    }
  }

  /**
   * What staff record of a review held.
   *
   * @param contract the agreed changes as a whole new contract document (YAML), or null for none
   */
  public record NewReview(
      LocalDate heldOn,
      String outcome,
      List<String> attendees,
      LocalDate nextReview,
      String contract) {
    public NewReview {
      Objects.requireNonNull(heldOn, "heldOn");
      Objects.requireNonNull(outcome, "outcome");
      attendees = List.copyOf(attendees);
      Objects.requireNonNull(nextReview, "nextReview");
    }
  }

  /**
   * A review with the changes its contract version made to the one in force before.
   *
   * @param changes the differences, section by section (none when no version was uploaded)
   * @param findings the linter's findings on the uploaded version (none when no version was)
   */
  public record RecordedReview(
      Review review, List<ContractChange> changes, List<Finding> findings) {
    public RecordedReview {
      Objects.requireNonNull(review, "review");
      changes = List.copyOf(changes);
      findings = List.copyOf(findings);
    }
  }

  /** The customer's schedule today, in its zone. */
  @Transactional(readOnly = true)
  public Schedule schedule(Caller caller, String customerId) {
    Customer customer = customers.visible(caller, customerId);
    LocalDate today = today(customer.timeZone());
    return new Schedule(today, next(customerId, today), rows.ofCustomer(customerId));
  }

  /**
   * One of the customer's reviews with the changes its contract version made.
   *
   * @throws ReviewNotVisible when there is no such review of this customer
   */
  @Transactional(readOnly = true)
  public RecordedReview get(Caller caller, String customerId, String id) {
    customers.visible(caller, customerId);
    Review review = rows.find(customerId, id).orElseThrow(() -> new ReviewNotVisible(id));
    return new RecordedReview(review, changes(caller, review), List.of());
  }

  /**
   * Records a review held (staff); with agreed changes, uploads them as a new contract version
   * (which takes an admin, as every upload does). Nothing is stored when any part is refused.
   *
   * @throws InvalidField naming {@code held_on} (a day to come) or {@code next_review} (not after
   *     it)
   */
  @Transactional
  public RecordedReview record(Caller caller, String customerId, NewReview review) {
    Customer customer = customers.visible(caller, customerId);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    LocalDate today = today(customer.timeZone());
    if (review.heldOn().isAfter(today)) {
      throw new InvalidField("held_on", review.heldOn() + " is after today (" + today + ")");
    }
    if (!review.nextReview().isAfter(review.heldOn())) {
      throw new InvalidField(
          "next_review", review.nextReview() + " is not after held_on (" + review.heldOn() + ")");
    }
    Integer previous = null;
    Integer uploaded = null;
    List<Finding> findings = List.of();
    if (review.contract() != null) {
      previous =
          library
              .inForce(customerId, today)
              .map(ContractLibrary.LoadedContract::version)
              .orElse(null);
      ContractService.UploadedVersion version =
          contracts.upload(caller, customerId, review.contract());
      uploaded = version.version().version();
      findings = version.findings();
    }
    Review recorded =
        new Review(
            UUID.randomUUID().toString(),
            customerId,
            review.heldOn(),
            review.outcome(),
            review.attendees(),
            previous,
            uploaded,
            review.nextReview(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            caller.tokenId());
    rows.insert(recorded);
    audit.record(
        caller,
        "review.recorded",
        "review",
        recorded.id(),
        customerId,
        "held on "
            + recorded.heldOn()
            + ", next "
            + recorded.nextReview()
            + (uploaded == null ? "" : ", contract version " + uploaded));
    return new RecordedReview(recorded, changes(caller, recorded), findings);
  }

  /**
   * The customer's next review on {@code today}, for the server's own work (reminders, the board,
   * statements): it checks no token.
   */
  @Transactional(readOnly = true)
  public Optional<NextReview> next(String customerId, LocalDate today) {
    return next(customerId, today, rows.latest(customerId));
  }

  /**
   * The customer's next review on {@code today} as the reviews recorded up to {@code recordedBy}
   * said: a statement's, as of its instant.
   */
  Optional<NextReview> next(String customerId, LocalDate today, Instant recordedBy) {
    Optional<Review> latest =
        rows.ofCustomer(customerId).stream()
            .filter(r -> !r.recordedAt().isAfter(recordedBy))
            .findFirst();
    return next(customerId, today, latest);
  }

  private Optional<NextReview> next(String customerId, LocalDate today, Optional<Review> latest) {
    Optional<ReviewSchedule> contract =
        library.inForce(customerId, today).flatMap(c -> c.contract().header().review());
    Optional<NextReview> fromContract =
        contract.map(
            r -> new NextReview(r.next(), NextReview.Source.CONTRACT, r.owner(), r.every()));
    Optional<NextReview> fromReview =
        latest.map(
            r ->
                new NextReview(
                    r.nextReview(),
                    NextReview.Source.REVIEW,
                    contract.flatMap(ReviewSchedule::owner),
                    contract.flatMap(ReviewSchedule::every)));
    return Stream.of(fromContract, fromReview)
        .flatMap(Optional::stream)
        .reduce((a, b) -> b.date().isAfter(a.date()) ? b : a);
  }

  /** Today in the zone. */
  LocalDate today(ZoneId zone) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  private List<ContractChange> changes(Caller caller, Review review) {
    if (review.previousVersion() == null || review.contractVersion() == null) {
      return List.of();
    }
    String customerId = review.customerId();
    return ContractDiff.between(
        contracts.document(caller, customerId, review.previousVersion()),
        "version " + review.previousVersion(),
        contracts.document(caller, customerId, review.contractVersion()),
        "version " + review.contractVersion());
  }
}
