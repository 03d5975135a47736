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
 */
public record EscalationLevel(String id, String who, Optional<String> email, Optional<String> phone) {

  public EscalationLevel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
  }
}
