package org.accordo.app.statements;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of the credits ledger, never changed once written.
 *
 * @param id Accordo's id of the line
 * @param key the customer and month it is owed for
 * @param statementId the statement version that wrote it
 * @param statementVersion that version's number
 * @param lineNo its place among that version's lines, from 1
 * @param entry an original line (of the final statement) or a correction (of an amendment)
 * @param kind {@code availability_tier}, {@code breach}, {@code rca}, {@code cap} or {@code
 *     rounding}
 * @param rule the rule as the contract words it (the cap, the rounding, for an adjustment)
 * @param service the service of an availability tier, else null
 * @param percent the share of the monthly fee in percent (a line of a rule), else null
 * @param amount signed, in the currency's units (a correction may be negative)
 * @param currency the ISO 4217 code
 * @param evidence JSON: the clocks or outages the line comes from; for a correction, what it was
 *     and what it is now
 * @param settlement whether it was applied or waived, and how
 */
record CreditLine(
    String id,
    StatementKey key,
    String statementId,
    int statementVersion,
    int lineNo,
    Entry entry,
    String kind,
    String rule,
    String service,
    String percent,
    BigDecimal amount,
    String currency,
    String evidence,
    Instant createdAt,
    Optional<Settlement> settlement) {

  CreditLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(settlement, "settlement");
  }

  /** What a line is to the month's account. */
  enum Entry {
    ORIGINAL("original"),
    CORRECTION("correction");

    private final String id;

    Entry(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }

    static Entry of(String id) {
      return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst().orElseThrow();
    }
  }

  /** Where a line stands: owed until applied or waived. */
  enum State {
    OWED("owed"),
    APPLIED("applied"),
    WAIVED("waived");

    private final String id;

    State(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }

    static Optional<State> of(String id) {
      return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
  }

  /**
   * A line's one settlement.
   *
   * @param outcome applied or waived
   * @param invoiceReference the invoice it was applied to, or null
   * @param reason why it was waived, or null
   */
  record Settlement(
      State outcome, String invoiceReference, String reason, Instant settledAt, String settledBy) {
    Settlement {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(settledAt, "settledAt");
      Objects.requireNonNull(settledBy, "settledBy");
      if (outcome == State.OWED) {
        throw new IllegalArgumentException("a settlement applies or waives a line");
      }
    }
  }

  /** Owed, applied or waived. */
  State state() {
    return settlement.map(Settlement::outcome).orElse(State.OWED);
  }

  /** The rule and service it is booked under: an amendment corrects the month per key. */
  LineKey lineKey() {
    return new LineKey(kind, rule, service);
  }

  /** A kind of credit of the month: its kind, rule and service. */
  record LineKey(String kind, String rule, String service) {}
}
