package org.accordo.app.statements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.accordo.app.reports.StatementStatus;
import org.accordo.core.contract.DocumentLanguage;

/**
 * A closed statement's version as stored; never changed.
 *
 * @param id Accordo's id of it
 * @param version 1 (final), then 2, 3, ... (amended)
 * @param status final or amended
 * @param periodFrom the month's first instant in the contract's zone
 * @param periodTo the month's end (exclusive)
 * @param asOf the instant it was computed at
 * @param contractVersion the contract version it was computed under
 * @param contractLanguage that contract's language: its e-mail's PDF is in it
 * @param inputsDigest the SHA-256 of its inputs ({@link InputsDigest})
 * @param jsonSha256 the SHA-256 of its JSON
 * @param inputs how many tickets, events and outages it was computed from
 * @param creditsTotal the credits it owes, or null when the contract has no credit terms
 * @param currency their currency, or null
 * @param reason why it was amended, or null for the final version
 * @param changes what changed from the version before, as JSON, or null for the final version
 * @param closedAt when it was stored
 * @param closedByNode the node that stored it
 */
record StoredStatement(
    String id,
    StatementKey key,
    int version,
    StatementStatus status,
    Instant periodFrom,
    Instant periodTo,
    Instant asOf,
    int contractVersion,
    DocumentLanguage contractLanguage,
    String inputsDigest,
    String jsonSha256,
    StatementComputation.Inputs inputs,
    BigDecimal creditsTotal,
    String currency,
    String reason,
    String changes,
    Instant closedAt,
    String closedByNode) {

  StoredStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(contractLanguage, "contractLanguage");
    Objects.requireNonNull(inputsDigest, "inputsDigest");
    Objects.requireNonNull(jsonSha256, "jsonSha256");
    Objects.requireNonNull(inputs, "inputs");
    if (version < 1 || (version == 1) != (status == StatementStatus.FINAL)) {
      throw new IllegalArgumentException(
          "version 1 is the final statement and later ones are amended; was version "
              + version
              + " "
              + status.id());
    }
  }

  YearMonth month() {
    return key.month();
  }

  String customerId() {
    return key.customerId();
  }
}
