package org.accordo.app.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One uploaded version of a customer's contract.
 *
 * @param customerId the customer it belongs to
 * @param version 1 for the first upload of the customer, then 2, 3, ...
 * @param contractId {@code contract.id} of the document
 * @param effectiveFrom the first day it is in force ({@code contract.effective.from})
 * @param effectiveTo the last day it is in force, inclusive ({@code contract.effective.to}), or
 *     null when open-ended
 * @param uploadedAt when it was uploaded
 * @param uploadedBy the id of the token that uploaded it
 */
public record ContractVersion(
    String customerId,
    int version,
    String contractId,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    Instant uploadedAt,
    String uploadedBy) {

  public ContractVersion {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(uploadedAt, "uploadedAt");
    Objects.requireNonNull(uploadedBy, "uploadedBy");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
      throw new IllegalArgumentException(
          "effectiveTo " + effectiveTo + " is before effectiveFrom " + effectiveFrom);
    }
  }

  /** True when the contract is in force on {@code date} (both ends inclusive). */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
