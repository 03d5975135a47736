package org.accordo.app.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A periodic SLA review, held and recorded by staff.
 *
 * @param heldOn the day it was held
 * @param outcome what was concluded, as written
 * @param attendees who took part, in the order given (at least one)
 * @param previousVersion the contract version in force before the agreed changes, or null when the
 *     review uploaded none
 * @param contractVersion the contract version the agreed changes were uploaded as, or null
 * @param nextReview the next review's date agreed
 * @param recordedBy the id of the token that recorded it
 */
public record Review(
    String id,
    String customerId,
    LocalDate heldOn,
    String outcome,
    List<String> attendees,
    Integer previousVersion,
    Integer contractVersion,
    LocalDate nextReview,
    Instant recordedAt,
    String recordedBy) {

  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(outcome, "outcome");
    attendees = List.copyOf(attendees);
    Objects.requireNonNull(nextReview, "nextReview");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    if (!nextReview.isAfter(heldOn)) {
      throw new IllegalArgumentException(
          "the next review (" + nextReview + ") must be after the one held on " + heldOn);
    }
  }
}
