package org.accordo.app.contracts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the server needs to file a contract document: its id and when it is in force.
 *
 * @param contractId {@code contract.id}
 * @param effectiveFrom {@code contract.effective.from}
 * @param effectiveTo {@code contract.effective.to}, inclusive, or null when open-ended
 */
record ContractHeader(String contractId, LocalDate effectiveFrom, LocalDate effectiveTo) {

  ContractHeader {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }
}
