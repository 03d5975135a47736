package org.accordo.app.reports;

import java.time.Instant;
import java.util.Objects;

/**
 * A dispute a statement lists (the server's statements only): one opened or decided in its month,
 * with its outcome as of the statement's instant.
 *
 * @param subject {@code clock}, {@code outage} or {@code credit_line}
 * @param reference what is disputed: {@code ticket · metric}, the outage's or the line's id
 * @param state {@code open}, {@code accepted} or {@code rejected}
 * @param decidedAt when it was decided, or null while open
 * @param outcome the admin's reason and the correcting action, or null while open
 */
public record StatementDispute(
    String id,
    String subject,
    String reference,
    String state,
    Instant openedAt,
    Instant decidedAt,
    String outcome) {

  public StatementDispute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(openedAt, "openedAt");
    if ((decidedAt == null) != state.equals("open")) {
      throw new IllegalArgumentException("a dispute is decided exactly when it is not open");
    }
  }

  /** This dispute as it stood at {@code instant}: a decision taken later is not known yet. */
  public StatementDispute asOf(Instant instant) {
    if (decidedAt == null || !decidedAt.isAfter(instant)) {
      return this;
    }
    return new StatementDispute(id, subject, reference, "open", openedAt, null, null);
  }
}
