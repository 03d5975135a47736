package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the escalation matrix: who is told when a threshold names this level.
 *
 * @param id the level's id, e.g. {@code L2}
 * @param who the role or person
 * @param email an e-mail address, or empty
 * @param phone a phone number, or empty
 * @param hours the name of the calendar of the recipient's hours (quiet hours: notifications to
 *     this level wait until it is open), or empty to be told at any hour
 */
public record EscalationLevel(
    String id, String who, Optional<String> email, Optional<String> phone, Optional<String> hours) {

  public EscalationLevel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(hours, "hours");
  }

  /** A level told at any hour. */
  public EscalationLevel(String id, String who, Optional<String> email, Optional<String> phone) {
    this(id, who, email, phone, Optional.empty());
  }
}
