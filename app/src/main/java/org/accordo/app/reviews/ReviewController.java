package org.accordo.app.reviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Require;
import org.accordo.core.contract.ContractChange;
import org.accordo.core.contract.lint.Finding;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers/{id}/reviews}: the review schedule and the reviews held. */
@Tag(name = "Reviews", description = "The periodic SLA review: schedule, records, pack")
@RestController
class ReviewController {

  /** The most attendees one review lists. */
  static final int MAX_ATTENDEES = 50;

  private final Reviews reviews;

  ReviewController(Reviews reviews) {
    this.reviews = reviews;
  }

  /** The next review as the API shows it. */
  record NextReviewView(
      LocalDate date,
      @Schema(
              allowableValues = {"contract", "review"},
              description = "the contract in force's review.next, or the last review's next date")
          String source,
      String owner,
      @Schema(description = "the contract's interval between reviews, ISO-8601 (P6M)") String every,
      boolean overdue,
      @Schema(description = "the date it was due, while overdue; else null")
          LocalDate overdueSince) {
    static NextReviewView of(NextReview next, LocalDate today) {
      boolean overdue = next.overdueOn(today);
      return new NextReviewView(
          next.date(),
          next.source().id(),
          next.owner().orElse(null),
          next.every().map(Object::toString).orElse(null),
          overdue,
          overdue ? next.date() : null);
    }
  }

  /** One change of the contract agreed at a review. */
  record ContractChangeView(
      String section,
      @Schema(allowableValues = {"added", "removed", "changed"}) String kind,
      String path,
      String before,
      String after) {
    static ContractChangeView of(ContractChange c) {
      return new ContractChangeView(
          c.section(),
          c.kind().name().toLowerCase(java.util.Locale.ROOT),
          c.path(),
          c.before().orElse(null),
          c.after().orElse(null));
    }
  }

  /** One lint finding on the contract version a review uploaded. */
  record ReviewFindingView(
      String rule,
      @Schema(allowableValues = {"error", "warning", "info"}) String severity,
      int line,
      int column,
      String message) {
    static ReviewFindingView of(Finding f) {
      return new ReviewFindingView(
          f.rule(), f.severity().label(), f.location().line(), f.location().column(), f.message());
    }
  }

  /** A review held, with the changes its contract version made to the one in force before. */
  record ReviewView(
      String id,
      String customerId,
      LocalDate heldOn,
      String outcome,
      List<String> attendees,
      @Schema(description = "the version in force before the agreed changes, or null")
          Integer previousVersion,
      @Schema(description = "the version the agreed changes were uploaded as, or null")
          Integer contractVersion,
      LocalDate nextReview,
      Instant recordedAt,
      String recordedBy,
      List<ContractChangeView> changes,
      List<ReviewFindingView> findings) {
    static ReviewView of(Reviews.RecordedReview recorded) {
      Review r = recorded.review();
      return new ReviewView(
          r.id(),
          r.customerId(),
          r.heldOn(),
          r.outcome(),
          r.attendees(),
          r.previousVersion(),
          r.contractVersion(),
          r.nextReview(),
          r.recordedAt(),
          r.recordedBy(),
          recorded.changes().stream().map(ContractChangeView::of).toList(),
          recorded.findings().stream().map(ReviewFindingView::of).toList());
    }

    static ReviewView of(Review r) {
      return of(new Reviews.RecordedReview(r, List.of(), List.of()));
    }
  }

  /** The schedule: the next review and the reviews held, the latest first. */
  record ReviewScheduleView(
      String customerId,
      @Schema(description = "today in the customer's zone") LocalDate today,
      @Schema(description = "null when no contract in force and no review names a date")
          NextReviewView next,
      List<ReviewView> held) {}

  /** The body of {@code POST /api/v1/customers/{id}/reviews}. */
  record NewReviewRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate heldOn,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String outcome,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 to 50 names")
          List<String> attendees,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "after held_on; drives the reminders when later than the contract's")
          LocalDate nextReview,
      @Schema(
              description =
                  "the agreed changes as the whole new contract document (YAML, line breaks"
                      + " as \\n), uploaded as a new version (admin); checked by the contract"
                      + " loader, line and column")
          String contract) {

    Reviews.NewReview review() {
      List<String> names = Require.present(attendees, "attendees");
      if (names.isEmpty() || names.size() > MAX_ATTENDEES) {
        throw new InvalidField(
            "attendees", "lists 1 to " + MAX_ATTENDEES + " names, had " + names.size());
      }
      return new Reviews.NewReview(
          Require.supportedDate(Require.present(heldOn, "held_on"), "held_on"),
          Require.text(outcome, "outcome", 4000),
          IntStream.range(0, names.size())
              .mapToObj(i -> Require.text(names.get(i), "attendees[" + i + "]", 200))
              .toList(),
          Require.supportedDate(Require.present(nextReview, "next_review"), "next_review"),
          contract);
    }
  }

  @Operation(
      operationId = "getReviewSchedule",
      summary = "A customer's review schedule: the next review and those held")
  @GetMapping("/api/v1/customers/{customerId}/reviews")
  ReviewScheduleView schedule(
      @AuthenticationPrincipal Caller caller, @PathVariable String customerId) {
    Reviews.Schedule schedule = reviews.schedule(caller, customerId);
    return new ReviewScheduleView(
        customerId,
        schedule.today(),
        schedule.next().map(n -> NextReviewView.of(n, schedule.today())).orElse(null),
        schedule.held().stream().map(ReviewView::of).toList());
  }

  @Operation(
      operationId = "getReview",
      summary = "A review held, with the contract changes agreed at it")
  @GetMapping("/api/v1/customers/{customerId}/reviews/{reviewId}")
  ReviewView get(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String reviewId) {
    return ReviewView.of(reviews.get(caller, customerId, reviewId));
  }

  @Operation(
      operationId = "recordReview",
      summary = "Record a review held (staff); agreed changes become a new contract version",
      description =
          "With `contract`, the document is uploaded as a new version through the contracts"
              + " module (an admin token; 422 invalid-contract when it does not load) and diffed"
              + " against the version in force before. Nothing is stored when any part is"
              + " refused.")
  @ApiResponse(responseCode = "403", description = "A customer token, or an agent uploading")
  @PostMapping("/api/v1/customers/{customerId}/reviews")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ReviewView> record(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestBody NewReviewRequest request) {
    Reviews.RecordedReview recorded = reviews.record(caller, customerId, request.review());
    return ResponseEntity.created(
            URI.create("/api/v1/customers/" + customerId + "/reviews/" + recorded.review().id()))
        .body(ReviewView.of(recorded));
  }
}
